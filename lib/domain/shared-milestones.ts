import { isInScope } from "./progress";
import { groupBy } from "./group-by";
import type { IsoDay, MilestoneStatus } from "./types";

type Listed = {
  id: string;
  initiativeId: string;
  title: string;
  baselineDate: IsoDay;
  status: MilestoneStatus;
};

/**
 * Milestones in scope in more than one initiative: the same title on the same baseline date (one
 * signing feeding two initiatives, say). Each initiative counts its copy, so portfolio totals count
 * the event once per copy; the dashboard says so. Groups come in first-seen order.
 */
export function sharedMilestones<T extends Listed>(milestones: T[]): T[][] {
  const groups = groupBy(
    milestones.filter(isInScope),
    (m) => `${m.title.trim().toLowerCase()}|${m.baselineDate}`,
  );
  return [...groups.values()].filter((g) => new Set(g.map((m) => m.initiativeId)).size > 1);
}
