import { daysBetween } from "./dates";
import type { IsoDay, MilestoneState } from "./types";

/**
 * Days a milestone sits behind its baseline: the actual date for done work, otherwise the plan.
 * Positive means late; 0 on time or early is reported as its negative value.
 */
export function slippageDays(
  m: Pick<MilestoneState, "status" | "baselineDate" | "plannedDate" | "actualDate">,
): number {
  const reference = m.status === "done" && m.actualDate ? m.actualDate : m.plannedDate;
  return daysBetween(m.baselineDate, reference);
}

/** Open work whose planned date has passed. */
export function isOverdue(
  m: Pick<MilestoneState, "status" | "plannedDate">,
  today: IsoDay,
): boolean {
  return m.status !== "done" && m.status !== "cancelled" && m.plannedDate < today;
}

export function isOpen(m: Pick<MilestoneState, "status">): boolean {
  return m.status !== "done" && m.status !== "cancelled";
}

/** Earliest planned date first; the same day falls back to the title, so the order is stable. */
export function byPlannedDate(
  a: { plannedDate: IsoDay; title: string },
  b: { plannedDate: IsoDay; title: string },
): number {
  return a.plannedDate.localeCompare(b.plannedDate) || a.title.localeCompare(b.title);
}

/** The earliest open milestone by planned date, or null when nothing is left. */
export function nextMilestone<T extends Pick<MilestoneState, "status" | "plannedDate">>(
  milestones: T[],
): T | null {
  return (
    milestones.filter(isOpen).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))[0] ?? null
  );
}
