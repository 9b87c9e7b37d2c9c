import "server-only";
import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import {
  buildPortfolioSnapshot,
  SnapshotParts,
  type PortfolioSnapshot,
  type SnapshotFilters,
} from "../domain/portfolio-snapshot";
import type { ReplayBasis, ReplayEvent } from "../domain/replay";
import type { IsoDay } from "../domain/types";
import { listChangeEvents } from "./history";
import { loadReplayHistory } from "./replay-events";
import { readReplayRows } from "./replay-rows";
import { VersionedCache } from "./versioned-cache";

/** Change events as replay reads them: of one initiative, or of the whole portfolio. */
export async function loadReplayEvents(
  prisma: PrismaClient,
  initiativeId?: string,
): Promise<ReplayEvent[]> {
  const rows = await prisma.changeEvent.findMany({
    where: initiativeId ? { initiativeId } : undefined,
    select: {
      entityType: true,
      initiativeId: true,
      milestoneId: true,
      field: true,
      oldValue: true,
      newValue: true,
      effectiveDate: true,
      recordedAt: true,
      evidenceUrl: true,
    },
  });
  return rows.map((e) => ({
    entityType: e.entityType,
    entityId: e.milestoneId ?? e.initiativeId,
    initiativeId: e.initiativeId,
    field: e.field,
    oldValue: e.oldValue,
    newValue: e.newValue,
    effectiveDate: toIsoDay(e.effectiveDate),
    recordedAt: e.recordedAt,
    recordedDay: toIsoDay(e.recordedAt),
    evidenceUrl: e.evidenceUrl,
  }));
}

export type ReplayInputs = Awaited<ReturnType<typeof readReplayInputs>>;

// Every view of the portfolio replays the same rows: read them once per data version. The
// snapshots built from them are kept per view (as-of day, basis, filters) for the same version.
const replayInputs = new VersionedCache<ReplayInputs>(1);
const snapshots = new VersionedCache<PortfolioSnapshot>(6);

/** What replay needs, as of the database's current data version. */
export function loadReplayInputs(prisma: PrismaClient): Promise<ReplayInputs> {
  return replayInputs.get(prisma, "all", () => readReplayInputs(prisma));
}

/**
 * The rows, read whole, and the change events, of which only those not yet held are read (see
 * loadReplayHistory); `history` holds the same events grouped for the snapshot.
 */
async function readReplayInputs(prisma: PrismaClient) {
  const [rows, history] = await Promise.all([readReplayRows(prisma), loadReplayHistory(prisma)]);
  return {
    initiatives: rows.initiatives,
    milestones: rows.milestones,
    events: history.events,
    history,
    updates: rows.updates,
  };
}

export async function getPortfolioSnapshot(
  prisma: PrismaClient,
  opts: { asOf: IsoDay; basis: ReplayBasis; filters?: SnapshotFilters },
): Promise<PortfolioSnapshot> {
  const key = JSON.stringify([opts.asOf, opts.basis, opts.filters ?? {}]);
  return snapshots.get(prisma, key, async () => {
    const inputs = await loadReplayInputs(prisma);
    return buildPortfolioSnapshot({ ...inputs, ...opts }, snapshotParts(prisma, key));
  });
}

const MAX_VIEWS_WITH_PARTS = 6;
const partsByClient = new WeakMap<object, Map<string, SnapshotParts>>();

/**
 * One view's snapshot parts, kept across data versions, so that after a write only the parts of
 * the initiatives it touched are worked out again. Per client, like every cache here: a
 * transaction's parts are never used outside it.
 */
function snapshotParts(prisma: PrismaClient, key: string): SnapshotParts {
  let views = partsByClient.get(prisma);
  if (!views) partsByClient.set(prisma, (views = new Map()));
  const parts = views.get(key) ?? new SnapshotParts();
  views.delete(key);
  views.set(key, parts);
  while (views.size > MAX_VIEWS_WITH_PARTS) views.delete(views.keys().next().value!);
  return parts;
}

const workstreamNames = new VersionedCache<string[]>(1);

/** Distinct workstream names, for the dashboard filter. */
export function listWorkstreamNames(prisma: PrismaClient): Promise<string[]> {
  return workstreamNames.get(prisma, "all", async () => {
    const rows = await prisma.workstream.findMany({
      distinct: ["name"],
      select: { name: true },
      orderBy: { name: "asc" },
    });
    return rows.map((r) => r.name);
  });
}

/** GET /api/portfolio: the snapshot, plus the changes recorded since `since` when asked for. */
export async function getPortfolioForApi(
  prisma: PrismaClient,
  query: { asOf: IsoDay; basis: ReplayBasis; since?: IsoDay; filters: SnapshotFilters },
) {
  const snapshot = await getPortfolioSnapshot(prisma, query);
  if (!query.since) return snapshot;
  const events = await listChangeEvents(prisma, { from: query.since, to: query.asOf, limit: 1000 });
  return { ...snapshot, changedSince: { since: query.since, events } };
}
