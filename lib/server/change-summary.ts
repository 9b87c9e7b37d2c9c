import "server-only";
import type { PrismaClient } from "../db/client";
import { addDaysToDate, dayToDate } from "../domain/dates";
import type { IsoDay } from "../domain/types";
import type { ChangeSummary } from "../views/change-summary";
import { listChangeEvents } from "./history";

/**
 * What changed from `from` to `to` (recorded days, both inclusive): counted per initiative in SQL,
 * with only the newest changes read in full, so the cost stays flat however busy the period was.
 * `milestoneIds` narrows it to those milestones' changes and the initiatives' own.
 */
export async function summariseChanges(
  prisma: PrismaClient,
  period: { from: IsoDay; to: IsoDay; milestoneIds?: string[]; latest: number },
): Promise<ChangeSummary> {
  const recordedAt = { gte: dayToDate(period.from), lt: addDaysToDate(dayToDate(period.to), 1) };
  const inView = period.milestoneIds
    ? { OR: [{ milestoneId: null }, { milestoneId: { in: period.milestoneIds } }] }
    : {};
  const [counts, newest] = await Promise.all([
    prisma.changeEvent.groupBy({
      by: ["initiativeId"],
      where: { recordedAt, ...inView },
      _count: { _all: true },
    }),
    listChangeEvents(prisma, {
      from: period.from,
      to: period.to,
      // Read a few more when filtering in memory, so the list is rarely short.
      limit: period.milestoneIds ? period.latest * 4 : period.latest,
    }),
  ]);
  const inViewIds = period.milestoneIds ? new Set(period.milestoneIds) : null;
  const latest = (
    inViewIds ? newest.filter((e) => !e.milestone || inViewIds.has(e.milestone.id)) : newest
  ).slice(0, period.latest);
  const countByInitiative = Object.fromEntries(counts.map((c) => [c.initiativeId, c._count._all]));
  return {
    countByInitiative,
    total: counts.reduce((n, c) => n + c._count._all, 0),
    latest,
  };
}
