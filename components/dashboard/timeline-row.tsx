import { MILESTONE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatSlippage, slippageReferenceDate } from "@/lib/domain/milestones";
import type { TimelineMilestone } from "@/lib/domain/portfolio-snapshot";
import type { TargetWindow } from "@/lib/domain/target-window";
import type { IsoDay } from "@/lib/domain/types";
import { dayPercent, type TimeAxis } from "./chart-axis";
import { STATUS_MARK } from "./chart-theme";
import { TRACK_PADDING, TrackBackdrop } from "./timeline-track";

type Props = { milestone: TimelineMilestone; axis: TimeAxis; target: TargetWindow; asOf: IsoDay };

export const LABEL_CELL = "sticky left-0 z-10 border-t border-slate-100 bg-white py-1 pr-3 text-xs";

/** One milestone: hollow diamond at the baseline, a filled status disc at the plan (or ✓ at the actual date), the slip between. */
export function TimelineRow({ milestone: m, axis, target, asOf }: Props) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  const mark = STATUS_MARK[m.status];
  const current = slippageReferenceDate(m);
  const [lo, hi] = [at(m.baselineDate), at(current)].sort((a, b) => a - b);
  const slip = m.status === "cancelled" ? "" : formatSlippage(m.slippageDays, "signed");
  return (
    <>
      <div className={LABEL_CELL}>
        <p
          className={`leading-snug text-slate-900 ${m.status === "cancelled" ? "line-through" : ""}`}
        >
          {m.title}
        </p>
        <p className="font-medium" style={{ color: mark.color }}>
          {mark.symbol} {MILESTONE_STATUS_LABELS[m.status]}
          {slip ? <span className="text-slate-800"> · {slip}</span> : null}
        </p>
      </div>
      <div className={`border-t border-slate-100 ${TRACK_PADDING}`}>
        <div className="relative h-full min-h-11">
          <TrackBackdrop axis={axis} target={target} asOf={asOf} />
          {slip ? (
            <div
              className="absolute top-1/2 border-t-2 border-dashed border-slate-600"
              style={{ left: `${lo}%`, width: `${hi - lo}%` }}
            />
          ) : null}
          <span
            className="absolute top-1/2 size-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-slate-800 bg-white"
            style={{ left: `${at(m.baselineDate)}%` }}
          />
          <span
            className="absolute top-1/2 flex size-5 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full text-[11px] font-bold leading-none text-white ring-2 ring-white"
            style={{ left: `${at(current)}%`, background: mark.color }}
          >
            {mark.symbol}
          </span>
          {slip ? (
            <span
              className="absolute top-1/2 -translate-y-1/2 whitespace-nowrap pl-3.5 text-xs font-semibold text-slate-900"
              style={{ left: `${hi}%` }}
            >
              {slip}
            </span>
          ) : null}
        </div>
      </div>
    </>
  );
}
