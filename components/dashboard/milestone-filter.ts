import { addDaysIso } from "@/lib/domain/dates";
import { DUE_WINDOW_DAYS } from "@/lib/domain/milestone-counts";
import { isOpen, isOverdue } from "@/lib/domain/milestones";
import type { IsoDay, MilestoneState } from "@/lib/domain/types";

/** The milestone lists a headline count links to: the same rules as the counts themselves. */
export const MILESTONE_SHOWS = ["overdue", "blocked", "due", "done"] as const;
export type MilestoneShow = (typeof MILESTONE_SHOWS)[number];

export const SHOW_LABELS: Record<MilestoneShow, string> = {
  overdue: "overdue",
  blocked: "blocked",
  due: `due in the next ${DUE_WINDOW_DAYS} days`,
  done: "done",
};

type Dated = Pick<MilestoneState, "status" | "plannedDate">;

/** Whether a milestone belongs to the list `show` names, on `asOf` (mirrors countMilestones). */
export function matchesShow(m: Dated, show: MilestoneShow, asOf: IsoDay): boolean {
  switch (show) {
    case "overdue":
      return isOverdue(m, asOf);
    case "blocked":
      return m.status === "blocked";
    case "done":
      return m.status === "done";
    case "due":
      return (
        isOpen(m) && m.plannedDate >= asOf && m.plannedDate <= addDaysIso(asOf, DUE_WINDOW_DAYS)
      );
  }
}

/**
 * What a collapsed timeline group keeps: open work, and work that finished late. Done on time and
 * cancelled milestones fold away behind "show all".
 */
export function isLateOrOpen(m: Dated & { slippageDays: number }): boolean {
  return isOpen(m) || (m.status === "done" && m.slippageDays > 0);
}

/** "Due 31 Mar 2027" → "due 31 Mar 2027": a note inside a sentence, its dates untouched. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
