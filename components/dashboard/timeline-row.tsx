import { scheduleNote } from "@/components/milestones/schedule-note";
import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatDay } from "@/lib/domain/dates";
import { MILESTONE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatSlippage, slippageReferenceDate } from "@/lib/domain/milestones";
import type { TimelineMilestone } from "@/lib/domain/portfolio-snapshot";
import type { TargetWindow } from "@/lib/domain/target-window";
import type { IsoDay } from "@/lib/domain/types";
import { dayPercent, type TimeAxis } from "./chart-axis";
import { STATUS_MARK } from "./chart-theme";
import { lowerFirst } from "./milestone-filter";
import { TRACK_PADDING, TrackBackdrop } from "./timeline-track";

type Props = {
  milestone: TimelineMilestone;
  axis: TimeAxis;
  target: TargetWindow;
  asOf: IsoDay;
  /** Added to both cells: hides the row while its group is folded. */
  className?: string;
};

export const LABEL_CELL = "border-t border-slate-100 bg-white py-1 pr-3 text-xs";

/** The milestone's dates in words: what its track draws. */
export function describeTrack(m: TimelineMilestone, asOf: IsoDay): string {
  const current = slippageReferenceDate(m);
  const note = scheduleNote(m, asOf);
  const when = m.status === "done" ? "done" : "planned";
  return `Baseline ${formatDay(m.baselineDate)}; ${when} ${formatDay(current)}${m.provenance === "planned_estimate" && m.status !== "done" ? " (an estimate)" : ""}; ${lowerFirst(note.text)}`;
}

/** One milestone: hollow diamond at the baseline, a filled status disc at the plan (or ✓ at the actual date), the slip between. */
export function TimelineRow({ milestone: m, axis, target, asOf, className = "" }: Props) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  const mark = STATUS_MARK[m.status];
  const current = slippageReferenceDate(m);
  const [lo, hi] = [at(m.baselineDate), at(current)].sort((a, b) => a - b);
  const slip = m.status === "cancelled" ? "" : formatSlippage(m.slippageDays, "signed");
  const note = scheduleNote(m, asOf);
  const overdue = note.late && m.status !== "done";
  return (
    <>
      <div className={`${LABEL_CELL} ${className}`}>
        <p
          className={`leading-snug break-words text-slate-900 ${m.status === "cancelled" ? "line-through" : ""}`}
        >
          {m.title}
        </p>
        <p className="font-medium" style={{ color: mark.color }}>
          {mark.symbol} {MILESTONE_STATUS_LABELS[m.status]}
          {slip ? <span className="text-slate-800"> · {slip}</span> : null}
          {overdue ? (
            <span style={{ color: PROGRESS_COLORS.overdue }}> · {lowerFirst(note.text)}</span>
          ) : null}
        </p>
      </div>
      <div className={`border-t border-slate-100 ${TRACK_PADDING} ${className}`}>
        <div className="relative h-full min-h-11" role="img" aria-label={describeTrack(m, asOf)}>
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
            // Past the middle the label sits before its mark, so it never runs off the axis.
            <span
              className={`absolute top-1/2 -translate-y-1/2 whitespace-nowrap text-xs font-semibold text-slate-900 ${hi > 75 ? "-translate-x-full pr-3.5" : "pl-3.5"}`}
              style={{ left: `${hi > 75 ? lo : hi}%` }}
            >
              {slip}
            </span>
          ) : null}
        </div>
      </div>
    </>
  );
}
