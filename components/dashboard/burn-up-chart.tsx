"use client";
import dynamic from "next/dynamic";
import { useId, useRef, useState } from "react";
import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { FormField, plainInputClass } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";
import type { BurnUpPoint } from "@/lib/domain/burnup";
import { formatDay } from "@/lib/domain/dates";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { useNearViewport } from "@/lib/client/use-near-viewport";
import { useTableForPrint } from "@/lib/client/use-table-for-print";
import { ChartDataTable } from "./chart-data-table";

// recharts is the largest script on the dashboard: it loads only once the chart is near the
// viewport (or the page prints), and the data table below carries the same figures meanwhile.
const BurnUpLines = dynamic(() => import("./burn-up-lines").then((m) => m.BurnUpLines), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

function ChartPlaceholder() {
  // Printed before it was drawn, the chart leaves no blank box: its table prints instead.
  return <div className="h-[360px] print:hidden" aria-hidden="true" />;
}

export type BurnUpSeries = { id: string; label: string; points: BurnUpPoint[] };

type Props = { series: BurnUpSeries[]; target: TargetWindow; asOfLabel: string };

/** Portfolio burn-up by default; the select swaps in one initiative's series without a round trip. */
export function BurnUpChart({ series, target, asOfLabel }: Props) {
  const [selected, setSelected] = useState(series[0]?.id ?? "");
  const selectId = useId();
  const chartArea = useRef<HTMLDivElement>(null);
  const near = useNearViewport(chartArea);
  const tableArea = useRef<HTMLDivElement>(null);
  useTableForPrint(tableArea, !near);
  const current = series.find((s) => s.id === selected) ?? series[0];
  if (!current || current.points.length === 0)
    return <p className="text-sm text-slate-600">No burn-up data for this view.</p>;
  const caption = burnUpCaption(current, target);
  return (
    <div className="space-y-3">
      <FormField id={selectId} label="Show the burn-up of">
        {(p) => (
          <select
            {...p}
            value={current.id}
            onChange={(e) => setSelected(e.target.value)}
            className={`${plainInputClass} sm:w-auto`}
          >
            <OptionList options={series.map((s) => [s.id, s.label] as const)} />
          </select>
        )}
      </FormField>
      <p
        className="max-w-3xl text-sm text-slate-700"
        aria-live="polite"
        data-testid="chart-caption"
      >
        {caption}
      </p>
      <div ref={chartArea}>
        {near ? (
          <BurnUpLines
            points={current.points}
            target={target}
            asOfLabel={asOfLabel}
            caption={caption}
          />
        ) : (
          <ChartPlaceholder />
        )}
      </div>
      <div ref={tableArea}>
        <ChartDataTable
          caption={`Burn-up of ${current.label}, weekly: milestones counted by weight`}
          columns={[
            { label: "Week of" },
            ...["Scope", "Started", "Done", "Done, evidenced"].map((label) => ({
              label,
              numeric: true,
            })),
          ]}
        >
          {current.points.map((p) => (
            <tr key={p.date}>
              <th scope="row" className={rowHeaderClass("compact")}>
                {formatDay(p.date)}
              </th>
              {[p.scope, p.started, p.done, p.evidencedDone].map((value, n) => (
                <td key={n} className={cellClass("compact", { numeric: true })}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </ChartDataTable>
      </div>
    </div>
  );
}

function burnUpCaption(s: BurnUpSeries, target: TargetWindow): string {
  const last = s.points.at(-1)!;
  if (last.scope === 0) return `${s.label}: no milestone was in scope on ${formatDay(last.date)}.`;
  const parts = [
    `${s.label} on ${formatDay(last.date)}: milestones worth ${last.done} of ${last.scope} done and ${last.started} started, each milestone counted by its weight.`,
  ];
  if (last.done > 0)
    parts.push(
      last.evidencedDone === last.done
        ? "All of the done weight is evidenced: a source or an evidence link backs each completion."
        : `Only ${last.evidencedDone} of the ${last.done} done ${last.evidencedDone === 1 ? "is" : "are"} evidenced; the rest is the tracker's assumption.`,
    );
  const atWindowEnd = [...s.points].reverse().find((p) => p.date <= target.end);
  if (atWindowEnd && atWindowEnd !== last) {
    parts.push(
      `By ${formatDay(target.end)}, the end of ${describeWindow(target)}, ${atWindowEnd.done} of ${atWindowEnd.scope} were done.`,
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
