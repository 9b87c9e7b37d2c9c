"use client";
import { formatDay } from "@/lib/format";
import { useId, useState } from "react";
import { plural, type TargetWindow } from "@/lib/dashboard-format";
import type { BurnUpPoint } from "@/lib/domain/burnup";
import { DataTable, td, th } from "./data-table";
import { BurnUpLines } from "./burn-up-lines";

export type BurnUpSeries = { id: string; label: string; points: BurnUpPoint[] };

type Props = { series: BurnUpSeries[]; target: TargetWindow; asOfLabel: string };

/** Portfolio burn-up by default; the select swaps in one initiative's series without a round trip. */
export function BurnUpChart({ series, target, asOfLabel }: Props) {
  const [selected, setSelected] = useState(series[0]?.id ?? "");
  const selectId = useId();
  const current = series.find((s) => s.id === selected) ?? series[0];
  if (!current || current.points.length === 0)
    return <p className="text-sm text-slate-600">No burn-up data for this view.</p>;
  const caption = burnUpCaption(current, target);
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={selectId} className="block text-xs font-medium text-slate-800">
          Show the burn-up of
        </label>
        <select
          id={selectId}
          value={current.id}
          onChange={(e) => setSelected(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto"
        >
          {series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <p
        className="max-w-3xl text-sm text-slate-700"
        aria-live="polite"
        data-testid="chart-caption"
      >
        {caption}
      </p>
      <BurnUpLines
        points={current.points}
        target={target}
        asOfLabel={asOfLabel}
        caption={caption}
      />
      <DataTable
        caption={`Burn-up of ${current.label}, weekly, in milestone weight`}
        head={
          <>
            <th scope="col" className={th}>
              Week of
            </th>
            <th scope="col" className={th}>
              Scope
            </th>
            <th scope="col" className={th}>
              Started
            </th>
            <th scope="col" className={th}>
              Done
            </th>
          </>
        }
      >
        {current.points.map((p) => (
          <tr key={p.date}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {formatDay(p.date)}
            </th>
            <td className={td}>{p.scope}</td>
            <td className={td}>{p.started}</td>
            <td className={td}>{p.done}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function burnUpCaption(s: BurnUpSeries, target: TargetWindow): string {
  const last = s.points.at(-1)!;
  if (last.scope === 0) return `${s.label}: no milestone was in scope on ${formatDay(last.date)}.`;
  const parts = [
    `${s.label} on ${formatDay(last.date)}: ${last.done} of ${plural(last.scope, "unit")} of milestone weight done and ${last.started} started.`,
  ];
  const atWindowEnd = [...s.points].reverse().find((p) => p.date <= target.end);
  if (atWindowEnd && atWindowEnd !== last) {
    parts.push(
      `At the end of the ${target.label} window (${formatDay(target.end)}) ${atWindowEnd.done} of ${atWindowEnd.scope} were done.`,
    );
  }
  const lastRise = s.points.findLast((p, n) => n > 0 && p.done > s.points[n - 1].done);
  parts.push(
    lastRise
      ? `Done last rose in the week to ${formatDay(lastRise.date)}.`
      : "Done has not risen over this period.",
  );
  return parts.join(" ");
}
