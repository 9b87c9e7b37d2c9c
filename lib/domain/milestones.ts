import { daysBetween } from "./dates";
import type { IsoDay, MilestoneState } from "./types";

type Slipping = Pick<MilestoneState, "status" | "baselineDate" | "plannedDate" | "actualDate">;

/** Where a milestone stands on its timeline: the actual date for done work, otherwise the plan. */
export function slippageReferenceDate(m: Omit<Slipping, "baselineDate">): IsoDay {
  return m.status === "done" && m.actualDate ? m.actualDate : m.plannedDate;
}

/** Days a milestone sits behind its baseline: positive is late, negative early. */
export function slippageDays(m: Slipping): number {
  return daysBetween(m.baselineDate, slippageReferenceDate(m));
}

/**
 * Slippage in words: "105 d late", "12 d early", "On baseline". `signed` is the chart's short form:
 * "+105 d", "−12 d", and nothing on baseline.
 */
export function formatSlippage(days: number, style: "words" | "signed" = "words"): string {
  if (style === "signed") {
    if (days === 0) return "";
    return days > 0 ? `+${days} d` : `−${-days} d`;
  }
  if (days === 0) return "On baseline";
  return days > 0 ? `${days} d late` : `${-days} d early`;
}

/** Work still to do: neither done nor cancelled. */
export function isOpen(m: Pick<MilestoneState, "status">): boolean {
  return m.status !== "done" && m.status !== "cancelled";
}

/** Open work whose planned date has passed. */
export function isOverdue(
  m: Pick<MilestoneState, "status" | "plannedDate">,
  today: IsoDay,
): boolean {
  return isOpen(m) && m.plannedDate < today;
}

type PlannedOrder = { plannedDate: IsoDay; title: string; position?: number };

/**
 * Earliest planned date first. The same day falls back to the plan order where there is one, then
 * to the title, so the order never depends on how the rows arrived.
 */
export function byPlannedDate(a: PlannedOrder, b: PlannedOrder): number {
  return (
    a.plannedDate.localeCompare(b.plannedDate) ||
    (a.position ?? 0) - (b.position ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

/** The earliest open milestone by planned date, or null when nothing is left. */
export function nextMilestone<T extends Pick<MilestoneState, "status"> & PlannedOrder>(
  milestones: T[],
): T | null {
  return milestones.filter(isOpen).sort(byPlannedDate)[0] ?? null;
}
