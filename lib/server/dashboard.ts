import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import { buildPortfolioSnapshot, type SnapshotFilters } from "../domain/portfolio-snapshot";
import type { ReplayBasis, ReplayEvent } from "../domain/replay";
import type { IsoDay } from "../domain/types";
import { listChangeEvents } from "./history";
import { initiativeFieldsAsOf } from "./initiative-fields-as-of";

/** Loads what replay needs in four queries; the rest is pure domain code. */
export async function loadReplayInputs(prisma: PrismaClient) {
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
    prisma.changeEvent.findMany({
      select: {
        entityType: true,
        initiativeId: true,
        milestoneId: true,
        field: true,
        newValue: true,
        effectiveDate: true,
        recordedAt: true,
      },
    }),
    prisma.statusUpdate.findMany({
      select: { initiativeId: true, effectiveDate: true, recordedAt: true },
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
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      initiativeId: m.initiativeId,
      title: m.title,
      provenance: m.provenance,
      workstream: m.workstream?.name ?? null,
    })),
    events: events.map((e): ReplayEvent => ({
      entityType: e.entityType,
      entityId: e.milestoneId ?? e.initiativeId,
      initiativeId: e.initiativeId,
      field: e.field,
      newValue: e.newValue,
      effectiveDate: toIsoDay(e.effectiveDate),
      recordedAt: e.recordedAt,
    })),
    updates: updates.map((u) => ({
      initiativeId: u.initiativeId,
      effectiveDate: toIsoDay(u.effectiveDate),
      recordedAt: u.recordedAt,
    })),
  };
}

export async function getPortfolioSnapshot(
  prisma: PrismaClient,
  opts: { asOf: IsoDay; basis: ReplayBasis; filters?: SnapshotFilters },
) {
  const inputs = await loadReplayInputs(prisma);
  // Target windows can be edited: measure each initiative against the window it had on that day.
  const current = new Map(
    inputs.initiatives.map((i) => [
      i.id,
      {
        targetStart: i.targetStart,
        targetEnd: i.targetEnd,
        targetLabel: i.targetLabel,
        targetNote: null,
        summary: null,
      },
    ]),
  );
  const past = await initiativeFieldsAsOf(prisma, current, opts.asOf, opts.basis);
  const initiatives = inputs.initiatives.map((i) => {
    const p = past.get(i.id)!;
    return {
      ...i,
      targetStart: p.targetStart ?? i.targetStart,
      targetEnd: p.targetEnd ?? i.targetEnd,
      targetLabel: p.targetLabel ?? i.targetLabel,
    };
  });
  return buildPortfolioSnapshot({ ...inputs, initiatives, ...opts });
}

/** Distinct workstream names, for the dashboard filter. */
export async function listWorkstreamNames(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.workstream.findMany({
    distinct: ["name"],
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => r.name);
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
