import "server-only";
import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import {
  buildPortfolioSnapshot,
  type PortfolioSnapshot,
  type SnapshotFilters,
} from "../domain/portfolio-snapshot";
import type { ReplayBasis, ReplayEvent } from "../domain/replay";
import type { IsoDay } from "../domain/types";
import { listChangeEvents } from "./history";
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

/** Loads what replay needs in four queries; the rest is pure domain code. */
async function readReplayInputs(prisma: PrismaClient) {
  const [initiatives, milestones, events, updates] = await Promise.all([
    prisma.initiative.findMany({ orderBy: [{ position: "asc" }, { title: "asc" }] }),
    prisma.milestone.findMany({
      select: {
        id: true,
        initiativeId: true,
        title: true,
        provenance: true,
        workstream: { select: { name: true } },
      },
    }),
    loadReplayEvents(prisma),
    prisma.statusUpdate.findMany({
      select: { initiativeId: true, effectiveDate: true, recordedAt: true, body: true },
    }),
  ]);
  return {
    initiatives: initiatives.map((i) => ({
      id: i.id,
      slug: i.slug,
      title: i.title,
      kind: i.kind,
      launchDate: toIsoDay(i.launchDate),
      targetStart: toIsoDay(i.targetStart),
      targetEnd: toIsoDay(i.targetEnd),
      targetLabel: i.targetLabel,
      targetKind: i.targetKind,
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      initiativeId: m.initiativeId,
      title: m.title,
      provenance: m.provenance,
      workstream: m.workstream?.name ?? null,
    })),
    events,
    updates: updates.map((u) => ({
      initiativeId: u.initiativeId,
      effectiveDate: toIsoDay(u.effectiveDate),
      recordedAt: u.recordedAt,
      summary: u.body,
    })),
  };
}

export async function getPortfolioSnapshot(
  prisma: PrismaClient,
  opts: { asOf: IsoDay; basis: ReplayBasis; filters?: SnapshotFilters },
): Promise<PortfolioSnapshot> {
  const key = JSON.stringify([opts.asOf, opts.basis, opts.filters ?? {}]);
  return snapshots.get(prisma, key, async () =>
    buildPortfolioSnapshot({ ...(await loadReplayInputs(prisma)), ...opts }),
  );
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
