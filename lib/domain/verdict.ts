import { formatDay } from "./dates";
import type { MilestoneCounts } from "./milestone-counts";
import { formatGap, formatPercent } from "./progress";
import { describeWindow, type TargetWindow } from "./target-window";
import { plural } from "./text";
import type { Health, IsoDay } from "./types";

/**
 * The one definition of "behind" that every page, the API and the reports use. It measures against
 * the milestones' own baseline dates on the as-of day, never against a window's end: an
 * expectation from outside (the brief's mid-2026) is reported beside it, in `windowStatement`.
 */
export const GAP_DEFINITION =
  "Gap = reported progress minus the share of milestone weight whose baseline date has passed on the as-of date, in percentage points.";

export const SCHEDULE_STATUSES = [
  "ahead",
  "on_schedule",
  "slipping",
  "behind",
  "no_scope",
] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const SCHEDULE_LABELS: Record<ScheduleStatus, string> = {
  ahead: "Ahead of schedule",
  on_schedule: "On schedule",
  slipping: "Slipping",
  behind: "Behind schedule",
  no_scope: "No milestones",
};

/** Points behind the baseline schedule at which an initiative is slipping, and behind. */
export const SLIPPING_GAP = 10;
export const BEHIND_GAP = 25;
/** Points ahead at which an initiative is ahead of its schedule. */
export const AHEAD_GAP = 10;

/** Reported progress minus progress expected by the as-of day; null when either is unknown. */
export function scheduleGap(progress: number | null, expected: number | null): number | null {
  return progress === null || expected === null ? null : progress - expected;
}

/**
 * The schedule status computed from the record, beside the analyst's health: behind when the gap
 * reaches 25 points, slipping at 10 points or with any milestone overdue, ahead at 10 points up.
 */
export function scheduleStatus(gap: number | null, overdue: number): ScheduleStatus {
  if (gap === null) return "no_scope";
  const rounded = Math.round(gap);
  if (rounded <= -BEHIND_GAP) return "behind";
  if (rounded <= -SLIPPING_GAP || overdue > 0) return "slipping";
  if (rounded >= AHEAD_GAP) return "ahead";
  return "on_schedule";
}

/**
 * A sentence when the analyst's health and the computed schedule disagree plainly (on track while
 * the schedule is behind or slipping; off track while the schedule is on time), else null. The
 * health stays the analyst's: the flag asks for a look, it does not overrule.
 */
export function healthDisagreement(
  health: Health,
  schedule: ScheduleStatus,
  gap: number | null,
): string | null {
  if (health === "on_track" && (schedule === "behind" || schedule === "slipping")) {
    return `Marked on track, but ${describeGap(gap)}.`;
  }
  if (health === "off_track" && (schedule === "on_schedule" || schedule === "ahead")) {
    return `Marked off track, but ${describeGap(gap)}.`;
  }
  return null;
}

/** "38 pts behind schedule", "4 pts ahead of schedule", "on schedule". */
export function describeGap(gap: number | null): string {
  if (gap === null) return "not measurable (no milestones in scope)";
  const rounded = Math.round(gap);
  if (rounded === 0) return "on schedule";
  return rounded < 0 ? `${-rounded} pts behind schedule` : `${rounded} pts ahead of schedule`;
}

/** Overdue counted once: "3 overdue, all blocked", "4 overdue (1 blocked) · 2 more blocked". */
export function overdueSummary(
  counts: Pick<MilestoneCounts, "overdue" | "blocked" | "overdueBlocked">,
): string {
  const { overdue, blocked, overdueBlocked } = counts;
  const notYetDue = blocked - overdueBlocked;
  let text: string;
  if (overdue === 0) text = "none overdue";
  else if (overdueBlocked === overdue)
    text = `${overdue} overdue, ${overdue === 1 ? "blocked" : "all blocked"}`;
  else if (overdueBlocked > 0) text = `${overdue} overdue (${overdueBlocked} blocked)`;
  else text = `${overdue} overdue`;
  if (notYetDue > 0) text += ` · ${notYetDue} ${overdue > 0 ? "more " : ""}blocked, not yet due`;
  return text;
}

/**
 * The window in one plain sentence: once it has closed, what was done against what was due by its
 * end ("Window closed 30 Sept 2026: 27% done of 56% due"); while open, what falls due by its end.
 */
export function windowStatement(
  progress: number | null,
  expectedAtWindowEnd: number | null,
  target: Pick<TargetWindow, "end" | "label" | "kind">,
  asOf: IsoDay,
): string {
  const whose = describeWindow(target);
  if (asOf > target.end) {
    return `Window closed ${formatDay(target.end)} (${whose}): ${formatPercent(progress)} done of ${formatPercent(expectedAtWindowEnd)} due by then`;
  }
  return `Window open until ${formatDay(target.end)} (${whose}): ${formatPercent(expectedAtWindowEnd)} due by then, ${formatPercent(progress)} done so far`;
}

type VerdictFigures = {
  progress: number | null;
  expectedProgress: number | null;
  gap: number | null;
  counts: Pick<MilestoneCounts, "overdue" | "blocked" | "overdueBlocked">;
};

/** "Quantum MOU: 38 pts behind schedule, 24% done of 62% due by 28 Nov 2026; 3 overdue, all blocked." */
export function initiativeVerdict(
  initiative: VerdictFigures & { title: string },
  asOf: IsoDay,
): string {
  const i = initiative;
  if (i.gap === null) return `${i.title}: no milestones in scope on ${formatDay(asOf)}.`;
  return `${i.title}: ${describeGap(i.gap)}, ${formatPercent(i.progress)} done of ${formatPercent(i.expectedProgress)} due by ${formatDay(asOf)}; ${overdueSummary(i.counts)}.`;
}

/**
 * The portfolio in one sentence: "As of 28 Nov 2026 the 7 initiatives are 24% done against 62%
 * due (−38 pts); 5 are behind schedule or slipping; 12 milestones overdue (3 blocked)."
 */
export function portfolioVerdict(
  portfolio: VerdictFigures & {
    asOf: IsoDay;
    basis: "effective" | "recorded";
    initiatives: { schedule: ScheduleStatus }[];
  },
): string {
  const p = portfolio;
  const when = `${p.basis === "recorded" ? "As known on" : "As of"} ${formatDay(p.asOf)}`;
  const n = p.initiatives.length;
  if (n === 0) return `${when} no initiative matches the filters.`;
  if (p.gap === null) return `${when} the ${plural(n, "initiative")} have no milestones in scope.`;
  const late = p.initiatives.filter((i) => i.schedule === "behind" || i.schedule === "slipping");
  const lateText =
    late.length === 0
      ? "none is behind schedule"
      : `${late.length} of ${n} ${late.length === 1 ? "is" : "are"} behind schedule or slipping`;
  return `${when} the ${plural(n, "initiative")} ${n === 1 ? "is" : "are"} ${formatPercent(p.progress)} done against ${formatPercent(p.expectedProgress)} due (${formatGap(p.gap)}); ${lateText}; milestones: ${overdueSummary(p.counts)}.`;
}

/** Everything the one gap definition says about an initiative on `asOf`, for every page and report. */
export function initiativeSchedule(
  i: {
    title: string;
    health: Health;
    progress: number | null;
    expectedProgress: number | null;
    expectedAtTargetEnd: number | null;
    counts: Pick<MilestoneCounts, "overdue" | "blocked" | "overdueBlocked">;
    target: Pick<TargetWindow, "end" | "label" | "kind">;
  },
  asOf: IsoDay,
) {
  const gap = scheduleGap(i.progress, i.expectedProgress);
  const schedule = scheduleStatus(gap, i.counts.overdue);
  return {
    gap,
    schedule,
    healthDisagreement: healthDisagreement(i.health, schedule, gap),
    verdict: initiativeVerdict({ ...i, gap }, asOf),
    window: windowStatement(i.progress, i.expectedAtTargetEnd, i.target, asOf),
    overdueSummary: overdueSummary(i.counts),
  };
}

export type InitiativeSchedule = ReturnType<typeof initiativeSchedule>;
