// Writes a generated portfolio fast: a batch of initiatives per transaction, so each initiative
// lands whole with its history and a server sharing the database (the embedded one under
// `npm start`) keeps answering between batches. Rows go in thousands per statement.
import type { PrismaClient, Tx } from "../../../lib/db/client";
import { dayToDate } from "../../../lib/domain/dates";
import { sourceId, type BuiltInitiative } from "../build";
import type { SeedSource } from "../types";
import { columnsOf, insertRows } from "./bulk-insert";
import type { GeneratedPortfolio } from "./generate";
import { GENERATED_AUTHOR } from "./vocabulary";

const INITIATIVES_PER_TRANSACTION = 50;
const NOW = "CURRENT_TIMESTAMP";

export type WrittenCounts = {
  initiatives: number;
  milestones: number;
  changeEvents: number;
  statusUpdates: number;
  sources: number;
};

export async function writeGeneratedPortfolio(
  prisma: PrismaClient,
  portfolio: GeneratedPortfolio,
  onBatch: (written: WrittenCounts) => void = () => {},
): Promise<WrittenCounts> {
  const written: WrittenCounts = {
    initiatives: 0,
    milestones: 0,
    changeEvents: 0,
    statusUpdates: 0,
    sources: 0,
  };
  for (let at = 0; at < portfolio.initiatives.length; at += INITIATIVES_PER_TRANSACTION) {
    const batch = portfolio.initiatives.slice(at, at + INITIATIVES_PER_TRANSACTION);
    const sources = portfolio.sources.slice(at, at + INITIATIVES_PER_TRANSACTION).flat();
    await prisma.$transaction((tx) => writeBatch(tx, batch, sources), {
      maxWait: 120_000,
      timeout: 300_000,
    });
    written.initiatives += batch.length;
    written.milestones += batch.reduce((n, b) => n + b.milestones.length, 0);
    written.changeEvents += batch.reduce((n, b) => n + b.events.length, 0);
    written.statusUpdates += batch.reduce((n, b) => n + b.statusUpdates.length, 0);
    written.sources += sources.length;
    onBatch({ ...written });
  }
  return written;
}

async function writeBatch(tx: Tx, batch: BuiltInitiative[], sources: SeedSource[]) {
  await insertRows(tx, "source", SOURCE_COLUMNS, sources.map(sourceRow));
  // createMany here: the initiative's list columns (leads, focus areas) cannot travel in unnest().
  await tx.initiative.createMany({ data: batch.map(initiativeRow) });
  await insertRows(
    tx,
    "workstream",
    WORKSTREAM_COLUMNS,
    batch.flatMap((b) => b.workstreams),
  );
  await insertRows(tx, "milestone", MILESTONE_COLUMNS, batch.flatMap(milestoneRows), {
    updatedAt: NOW,
  });
  await insertRows(
    tx,
    "record_note",
    RECORD_NOTE_COLUMNS,
    batch.flatMap((b) => b.recordNotes),
  );
  await insertRows(
    tx,
    "_InitiativeToSource",
    LINK_COLUMNS,
    batch.flatMap((b) => links(b.initiative.id, b.initiative.seed.sourceKeys)),
  );
  await insertRows(
    tx,
    "_MilestoneToSource",
    LINK_COLUMNS,
    batch.flatMap((b) => b.milestones.flatMap((m) => links(m.id, m.seed.sourceKeys))),
  );
  await insertRows(
    tx,
    "_RecordNoteToSource",
    LINK_COLUMNS,
    batch.flatMap((b) => b.recordNotes.flatMap((n) => links(n.id, n.sourceKeys))),
  );
  await insertRows(tx, "change_event", EVENT_COLUMNS, batch.flatMap(eventRows));
  await insertRows(tx, "status_update", STATUS_UPDATE_COLUMNS, batch.flatMap(statusUpdateRows));
}

/** Prisma's implicit many-to-many tables: A is the record, B the source. */
const links = (id: string, keys: string[]) => keys.map((k) => ({ A: id, B: sourceId(k) }));
const LINK_COLUMNS = columnsOf<{ A: string; B: string }>({ A: "text", B: "text" });

const sourceRow = (s: SeedSource) => ({
  id: sourceId(s.key),
  key: s.key,
  title: s.title,
  url: s.url,
  publisher: s.publisher,
  publishedOn: s.publishedOn ?? null,
  note: s.note ?? null,
});
const SOURCE_COLUMNS = columnsOf<ReturnType<typeof sourceRow>>({
  id: "text",
  key: "text",
  title: "text",
  url: "text",
  publisher: "text",
  publishedOn: "date",
  note: "text",
});

const WORKSTREAM_COLUMNS = columnsOf<BuiltInitiative["workstreams"][number]>({
  id: "text",
  initiativeId: "text",
  name: "text",
  description: "text",
  position: "integer",
});

const RECORD_NOTE_COLUMNS = columnsOf<Omit<BuiltInitiative["recordNotes"][number], "sourceKeys">>({
  id: "text",
  initiativeId: "text",
  verdict: '"RecordVerdict"',
  briefSays: "text",
  recordSays: "text",
  position: "integer",
});

function initiativeRow(built: BuiltInitiative) {
  const { seed } = built.initiative;
  return {
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
    // As the seed's writer counts it: one version per change set on the initiative.
    version: new Set(
      built.events.filter((e) => e.entityType === "initiative").map((e) => e.changeSetId),
    ).size,
  };
}

function milestoneRows(built: BuiltInitiative) {
  return built.milestones.map((m) => ({
    id: m.id,
    initiativeId: built.initiative.id,
    workstreamId: m.workstreamId,
    title: m.seed.title,
    description: m.seed.description,
    side: m.state.side,
    baselineDate: m.state.baselineDate,
    plannedDate: m.state.plannedDate,
    actualDate: m.state.actualDate,
    status: m.state.status,
    weight: m.state.weight,
    percentComplete: m.state.percentComplete,
    provenance: m.seed.provenance,
    position: m.position,
    version: m.version,
  }));
}
const MILESTONE_COLUMNS = columnsOf<ReturnType<typeof milestoneRows>[number]>({
  id: "text",
  initiativeId: "text",
  workstreamId: "text",
  title: "text",
  description: "text",
  side: '"Side"',
  baselineDate: "date",
  plannedDate: "date",
  actualDate: "date",
  status: '"MilestoneStatus"',
  weight: "integer",
  percentComplete: "integer",
  provenance: '"Provenance"',
  position: "integer",
  version: "integer",
});

function eventRows(built: BuiltInitiative) {
  return built.events.map((e) => ({
    id: e.id,
    changeSetId: e.changeSetId,
    entityType: e.entityType,
    initiativeId: e.initiativeId,
    milestoneId: e.milestoneId,
    field: e.field,
    oldValue: e.oldValue,
    newValue: e.newValue,
    effectiveDate: e.effectiveDate,
    recordedAt: e.recordedAt.toISOString(),
    authorLabel: GENERATED_AUTHOR,
    reason: e.reason,
    evidenceUrl: e.evidenceUrl,
    confidence: e.confidence,
  }));
}
const EVENT_COLUMNS = columnsOf<ReturnType<typeof eventRows>[number]>({
  id: "text",
  changeSetId: "text",
  entityType: '"EntityType"',
  initiativeId: "text",
  milestoneId: "text",
  field: "text",
  oldValue: "text",
  newValue: "text",
  effectiveDate: "date",
  // The column holds UTC without a zone, as Prisma writes it; the trailing Z is ignored.
  recordedAt: "timestamp(3)",
  authorLabel: "text",
  reason: "text",
  evidenceUrl: "text",
  confidence: '"Confidence"',
});

function statusUpdateRows(built: BuiltInitiative) {
  return built.statusUpdates.map((u) => ({
    ...u,
    recordedAt: u.recordedAt.toISOString(),
    authorLabel: GENERATED_AUTHOR,
  }));
}
const STATUS_UPDATE_COLUMNS = columnsOf<ReturnType<typeof statusUpdateRows>[number]>({
  id: "text",
  initiativeId: "text",
  health: '"Health"',
  body: "text",
  effectiveDate: "date",
  recordedAt: "timestamp(3)",
  authorLabel: "text",
});
