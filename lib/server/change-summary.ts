import "server-only";
import type { PrismaClient } from "../db/client";
import { addDaysToDate, dayToDate } from "../domain/dates";
import type { IsoDay } from "../domain/types";
import type { ChangeSummary } from "../views/change-summary";
import { listChangeEvents } from "./history";
import { VersionedCache } from "./versioned-cache";

// Every dashboard view asks for the same period until the next write: count it once per version.
const summaries = new VersionedCache<ChangeSummary>(6);

/**
 * What changed from `from` to `to` (recorded days, both inclusive): counted per initiative in SQL,
 * with only the newest changes read in full, so the cost stays flat however busy the period was.
 * `milestoneIds` narrows it to those milestones' changes and the initiatives' own.
 */
export function summariseChanges(prisma: PrismaClient, period: Period): Promise<ChangeSummary> {
  const key = JSON.stringify([period.from, period.to, period.latest, period.milestoneIds ?? null]);
  return summaries.get(prisma, key, () => readSummary(prisma, period));
}

type Period = { from: IsoDay; to: IsoDay; milestoneIds?: string[]; latest: number };

async function readSummary(prisma: PrismaClient, period: Period): Promise<ChangeSummary> {
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
