import { addDaysIso } from "./dates";
import { isOpen, isOverdue } from "./milestones";
import { inScope } from "./progress";
import type { IsoDay, MilestoneState } from "./types";

/** Open milestones planned within this many days of the as-of day count as due. */
export const DUE_WINDOW_DAYS = 30;

export type MilestoneCounts = {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  due: number;
  overdue: number;
  /** Overdue and blocked: counted in both `overdue` and `blocked`, so a summary says it once. */
  overdueBlocked: number;
  cancelled: number;
};

/** What the headline figures count, for one initiative's milestones as they stood on `asOf`. */
export function countMilestones(
  milestones: Pick<MilestoneState, "status" | "plannedDate">[],
  asOf: IsoDay,
): MilestoneCounts {
  const dueBy = addDaysIso(asOf, DUE_WINDOW_DAYS);
  return {
    total: inScope(milestones).length,
    done: milestones.filter((m) => m.status === "done").length,
    inProgress: milestones.filter((m) => m.status === "in_progress").length,
    blocked: milestones.filter((m) => m.status === "blocked").length,
    due: milestones.filter((m) => isOpen(m) && m.plannedDate >= asOf && m.plannedDate <= dueBy)
      .length,
    overdue: milestones.filter((m) => isOverdue(m, asOf)).length,
    overdueBlocked: milestones.filter((m) => isOverdue(m, asOf) && m.status === "blocked").length,
    cancelled: milestones.filter((m) => m.status === "cancelled").length,
  };
}

/** The portfolio's counts: each initiative's added up. */
export function sumCounts(all: MilestoneCounts[]): MilestoneCounts {
  const total: MilestoneCounts = {
    total: 0,
    done: 0,
    inProgress: 0,
    blocked: 0,
    due: 0,
    overdue: 0,
    overdueBlocked: 0,
    cancelled: 0,
  };
  for (const c of all)
    for (const key of Object.keys(total) as (keyof MilestoneCounts)[]) total[key] += c[key];
  return total;
}

/** How often each value occurs. */
export function countBy<T extends string>(values: T[]): Partial<Record<T, number>> {
  const out: Partial<Record<T, number>> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
