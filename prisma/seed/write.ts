// Writes the seeded portfolio. Idempotent and never destructive: sources and initiatives that
// already exist are never overwritten. A database seeded before the corrections of
// corrections.ts gets each of them once, as recorded change events (apply-corrections.ts).
import type { PrismaClient, Tx } from "../../lib/db/client";
import { dayToDate } from "../../lib/domain/dates";
import {
  applyPendingCorrections,
  recordCorrectionsInSeed,
  type SourceIds,
} from "./apply-corrections";
import { PORTFOLIO } from "./portfolio";
import { SOURCES } from "./sources";
import { SEED_AUTHOR, buildInitiative, sourceId, type BuiltInitiative } from "./build";

export async function seedPortfolio(prisma: PrismaClient) {
  const existing = await prisma.source.findMany({ select: { id: true, key: true, url: true } });
  const byKey = new Map(existing.map((s) => [s.key, s.id]));
  const byUrl = new Map(existing.map((s) => [s.url, s.id]));
  // A seeded source whose link an analyst already recorded under another key is that source.
  const newSources = SOURCES.filter((s) => !byKey.has(s.key) && !byUrl.has(s.url));
  const sourceIds: SourceIds = new Map(
    SOURCES.map((s) => [s.key, byKey.get(s.key) ?? byUrl.get(s.url) ?? sourceId(s.key)]),
  );
  if (newSources.length) {
    await prisma.source.createMany({
      data: newSources.map((s) => ({
        id: sourceId(s.key),
        key: s.key,
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        publishedOn: s.publishedOn ? dayToDate(s.publishedOn) : null,
        note: s.note ?? null,
      })),
    });
  }

  const existingSlugs = new Set(
    (await prisma.initiative.findMany({ select: { slug: true } })).map((i) => i.slug),
  );
  let created = 0;
  for (const [position, seed] of PORTFOLIO.entries()) {
    if (existingSlugs.has(seed.slug)) continue;
    const built = buildInitiative(seed, SOURCES, position);
    await prisma.$transaction(
      async (tx) => {
        await writeInitiative(tx as unknown as PrismaClient, built, sourceIds);
        await recordCorrectionsInSeed(tx as unknown as Tx, seed.slug);
      },
      { timeout: 60_000 },
    );
    created += 1;
  }
  const corrections = await applyPendingCorrections(prisma, sourceIds);
  return {
    sourcesCreated: newSources.length,
    initiativesCreated: created,
    initiativesKept: PORTFOLIO.length - created,
    correctionsApplied: corrections.length,
  };
}

async function writeInitiative(tx: PrismaClient, built: BuiltInitiative, sourceIds: SourceIds) {
  const { seed } = built.initiative;
  const connectSources = (keys: string[]) => ({
    connect: keys.map((k) => ({ id: sourceIds.get(k) ?? sourceId(k) })),
  });
  await tx.initiative.create({
    data: {
      id: built.initiative.id,
      slug: seed.slug,
      title: seed.title,
      kind: seed.kind,
      summary: seed.summary,
      focusAreas: seed.focusAreas,
      koreaLeads: built.initiative.koreaLeads,
      singaporeLeads: built.initiative.singaporeLeads,
      launchDate: dayToDate(seed.launchDate),
      targetStart: dayToDate(seed.target.start),
      targetEnd: dayToDate(seed.target.end),
      targetLabel: seed.target.label,
      targetSourceId: seed.target.sourceKey ? sourceId(seed.target.sourceKey) : null,
      targetNote: seed.target.note,
      targetKind: seed.target.kind,
      lifecycleStatus: built.initiative.lifecycleStatus,
      health: built.initiative.health,
      owner: seed.owner,
      position: built.initiative.position,
      version: new Set(
        built.events.filter((e) => e.entityType === "initiative").map((e) => e.changeSetId),
      ).size,
      sources: connectSources(seed.sourceKeys),
    },
  });
  await tx.workstream.createMany({ data: built.workstreams });
  for (const m of built.milestones) {
    await tx.milestone.create({
      data: {
        id: m.id,
        initiativeId: built.initiative.id,
        workstreamId: m.workstreamId,
        title: m.seed.title,
        description: m.seed.description,
        side: m.state.side,
        baselineDate: dayToDate(m.state.baselineDate),
        plannedDate: dayToDate(m.state.plannedDate),
        actualDate: m.state.actualDate ? dayToDate(m.state.actualDate) : null,
        status: m.state.status,
        weight: m.state.weight,
        percentComplete: m.state.percentComplete,
        provenance: m.seed.provenance,
        position: m.position,
        version: m.version,
        sources: connectSources(m.seed.sourceKeys),
      },
    });
  }
  for (const [position, note] of built.recordNotes.entries()) {
    await tx.recordNote.create({
      data: {
        id: note.id,
        initiativeId: note.initiativeId,
        verdict: note.verdict,
        briefSays: note.briefSays,
        recordSays: note.recordSays,
        position,
        sources: connectSources(note.sourceKeys),
      },
    });
  }
  await tx.changeEvent.createMany({
    data: built.events.map((e) => ({
      id: e.id,
      changeSetId: e.changeSetId,
      entityType: e.entityType,
      initiativeId: e.initiativeId,
      milestoneId: e.milestoneId,
      field: e.field,
      oldValue: e.oldValue,
      newValue: e.newValue,
      effectiveDate: dayToDate(e.effectiveDate),
      recordedAt: e.recordedAt,
      authorLabel: SEED_AUTHOR,
      reason: e.reason,
      evidenceUrl: e.evidenceUrl,
      confidence: e.confidence,
    })),
  });
  await tx.statusUpdate.createMany({
    data: built.statusUpdates.map((u) => ({
      ...u,
      effectiveDate: dayToDate(u.effectiveDate),
      authorLabel: SEED_AUTHOR,
    })),
  });
}
