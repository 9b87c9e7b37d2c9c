import { scheduleNote, type ScheduleNote } from "@/components/milestones/schedule-note";
import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatDay } from "@/lib/domain/dates";
import { MILESTONE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatSlippage, slippageReferenceDate } from "@/lib/domain/milestones";
import type { TimelineMilestone } from "@/lib/domain/portfolio-snapshot";
import { plural } from "@/lib/domain/text";
import type { IsoDay } from "@/lib/domain/types";
import { dayPercent, type TimeAxis } from "./chart-axis";
import { STATUS_MARK } from "./chart-theme";
import { lowerFirst } from "./milestone-filter";

/** The label column beside the date axis, from the small breakpoint up. */
export const TIMELINE_COLUMNS =
  "grid-cols-[12rem_minmax(0,1fr)] lg:grid-cols-[16rem_minmax(0,1fr)]";
/** Where the date axis starts: the label column's width. */
export const TRACK_LEFT = "left-[12rem] lg:left-[16rem]";

type Props = {
  milestone: TimelineMilestone;
  axis: TimeAxis;
  asOf: IsoDay;
  /** Hides the row while its group is folded. */
  className?: string;
};

/** The milestone's dates in words: what its track draws. */
export function describeTrack(m: TimelineMilestone, asOf: IsoDay): string {
  const current = slippageReferenceDate(m);
  const note = scheduleNote(m, asOf);
  const when = m.status === "done" ? "done" : "planned";
  return `Baseline ${formatDay(m.baselineDate)}; ${when} ${formatDay(current)}${m.provenance === "planned_estimate" && m.status !== "done" ? " (an estimate)" : ""}; ${lowerFirst(note.text)}`;
}

/**
 * One milestone, one markup for every width: its name and status in words, and from the small
 * breakpoint up a track on the date axis (hollow diamond at the baseline, a filled status disc at
 * the plan or ✓ at the actual date, the slip between). On a phone the words carry the dates.
 * The gridlines, window band and as-of line are drawn once per group behind the tracks.
 */
export function TimelineRow({ milestone: m, axis, asOf, className = "" }: Props) {
  const mark = STATUS_MARK[m.status];
  const note = scheduleNote(m, asOf);
  const overdue = note.late && m.status !== "done";
  const slip = m.status === "cancelled" ? "" : formatSlippage(m.slippageDays, "signed");
  return (
    <li className={`timeline-row ${className}`}>
      <div className="timeline-label">
        <p className={`timeline-title ${m.status === "cancelled" ? "line-through" : ""}`}>
          {m.title}
        </p>
        <p className="text-slate-800">
          <span className="font-medium" style={{ color: mark.color }}>
            {mark.symbol} {MILESTONE_STATUS_LABELS[m.status]}
          </span>
          <span className="sm:hidden">{phoneDates(m)}</span>
          {slip ? <span className="hidden font-medium sm:inline"> · {slip}</span> : null}
          <Note note={note} shownFromSmall={overdue} hidden={!overdue && !phoneNote(m, note)} />
        </p>
      </div>
      {/* The track repeats the words above as a picture: phones, without the axis, skip it. */}
      <div className="timeline-track">
        <div className="relative h-full min-h-11" role="img" aria-label={describeTrack(m, asOf)}>
          <TrackMarks milestone={m} axis={axis} slip={slip} />
        </div>
      </div>
    </li>
  );
}

function TrackMarks({
  milestone: m,
  axis,
  slip,
}: {
  milestone: TimelineMilestone;
  axis: TimeAxis;
  slip: string;
}) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  const mark = STATUS_MARK[m.status];
  const current = slippageReferenceDate(m);
  const [lo, hi] = [at(m.baselineDate), at(current)].sort((a, b) => a - b);
  return (
    <>
      {slip ? (
        <div className="timeline-slip" style={{ left: `${lo}%`, width: `${hi - lo}%` }} />
      ) : null}
      <span
        className="timeline-mark timeline-baseline"
        style={{ left: `${at(m.baselineDate)}%` }}
      />
      <span
        className="timeline-mark timeline-disc text-white"
        style={{ left: `${at(current)}%`, background: mark.color }}
      >
        {mark.symbol}
      </span>
      {slip ? (
        // Past the middle the label sits before its mark, so it never runs off the axis.
        <span
          className={`timeline-slip-label ${hi > 75 ? "-translate-x-full pr-3.5" : "pl-3.5"}`}
          style={{ left: `${hi > 75 ? lo : hi}%` }}
        >
          {slip}
        </span>
      ) : null}
    </>
  );
}

/** On a phone the words carry what the track draws: the plan or the actual date, and the slip. */
function phoneDates(m: TimelineMilestone): string {
  const open = m.status !== "done" && m.status !== "cancelled";
  const slip = m.slippageDays;
  const when =
    m.status === "done" && m.actualDate
      ? `done ${formatDay(m.actualDate)}`
      : `planned ${formatDay(m.plannedDate)}${m.provenance === "planned_estimate" ? " (an estimate)" : ""}`;
  const drift =
    open && slip !== 0
      ? ` · ${plural(Math.abs(slip), "day")} ${slip > 0 ? "after" : "before"} its baseline`
      : "";
  return ` · ${when}${drift}`;
}

/** Whether the schedule note adds anything on a phone: "Due 31 Mar 2027" only repeats the plan. */
function phoneNote(m: TimelineMilestone, note: ScheduleNote): boolean {
  return m.status !== "cancelled" && note.text !== `Due ${formatDay(m.plannedDate)}`;
}

function Note({
  note,
  shownFromSmall,
  hidden,
}: {
  note: ScheduleNote;
  shownFromSmall: boolean;
  hidden: boolean;
}) {
  if (hidden) return null;
  return (
    <span className={shownFromSmall ? "" : "sm:hidden"}>
      {" · "}
      <span
        className={note.late ? "font-semibold" : ""}
        style={note.late ? { color: PROGRESS_COLORS.overdue } : undefined}
      >
        {lowerFirst(note.text)}
      </span>
    </span>
  );
}
