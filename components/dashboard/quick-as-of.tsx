import Link from "next/link";
import { formatDay } from "@/lib/domain/dates";
import type { ReplayBasis } from "@/lib/domain/replay";
import type { TargetWindow } from "@/lib/domain/target-window";
import type { IsoDay } from "@/lib/domain/types";
import { dashboardHref, type DashboardView } from "./view-links";

type Choice = { label: string; day: IsoDay; basis: ReplayBasis };

/** The day and replay of the latest report published for the whole portfolio. */
export type LastReport = { asOf: IsoDay; basis: ReplayBasis };

/**
 * One-click as-of days, keeping the filters: the window's start and end, today, and the day of the
 * last published report (with its replay, so the page shows what the report said).
 */
export function QuickAsOf({
  view,
  target,
  lastReport,
}: {
  view: DashboardView;
  target: TargetWindow;
  lastReport?: LastReport | null;
}) {
  const choices: Choice[] = [
    { label: "Window start", day: target.start, basis: view.basis },
    { label: "Window end", day: target.end, basis: view.basis },
    { label: "Today", day: view.today, basis: view.basis },
    ...(lastReport
      ? [{ label: "Last published report", day: lastReport.asOf, basis: lastReport.basis }]
      : []),
  ].filter((c) => c.day <= view.today);
  return (
    <nav aria-label="Quick as-of dates" className="text-sm">
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
        <li className="mr-1 text-slate-700">As of:</li>
        {choices.map((c) => {
          const current = c.day === view.asOf && c.basis === view.basis;
          return (
            <li key={c.label}>
              <Link
                href={dashboardHref(view, {
                  asOf: c.day,
                  basis: c.basis,
                  sinceChosen: undefined,
                  show: undefined,
                })}
                aria-current={current ? "true" : undefined}
                className={`inline-flex min-h-8 items-center rounded-md px-2 ${current ? "bg-brand-50 font-semibold text-brand-800 underline decoration-2 underline-offset-4" : "text-brand-700 underline underline-offset-2 hover:bg-slate-100"}`}
              >
                {c.label}
                <span className="ml-1 text-slate-700">
                  ({formatDay(c.day)}
                  {replayNote(c.basis, view.basis)})
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Said only when a choice replays differently from the view: ", as known on". */
function replayNote(basis: ReplayBasis, current: ReplayBasis): string {
  if (basis === current) return "";
  return basis === "recorded" ? ", as known on" : ", as of";
}
