// Ships the corrections of corrections.ts to a database seeded before them, each exactly once.
//
// Each correction runs in one transaction that writes what the app's own writes would: the row
// changes, one change event per changed field (one change set, recorded now, with the
// correction's reason, evidence link and confidence, by the seed-correction author), the new
// version, and a `seed_correction` row naming it — so a second run finds the row and does
// nothing. Replayed fields follow the app's rule that a change may not take effect before the
// last change to the same field. A field an analyst has changed since seeding is left as the
// analyst set it; the correction's row says what it left.
import { randomUUID } from "node:crypto";
import type { PrismaClient, Tx } from "../../lib/db/client";
import { dayToDate, toIsoDay } from "../../lib/domain/dates";
import { encodeValue } from "../../lib/domain/replay";
import { CREATED_FIELD, type IsoDay } from "../../lib/domain/types";
import {
  SEED_AUTHOR,
  SEED_CORRECTION_AUTHOR,
  buildInitiative,
  initiativeId,
  milestoneId,
  type BuiltInitiative,
} from "./build";
import {
  CORRECTIONS_CHECKED_ON,
  SEED_CORRECTIONS,
  type CorrectionOp,
  type SeedCorrection,
} from "./corrections";
import { PORTFOLIO } from "./portfolio";
import { SOURCES } from "./sources";
import type { SeedInitiative } from "./types";

const SEED_AUTHORS = new Set([SEED_AUTHOR, SEED_CORRECTION_AUTHOR]);

/** Seed key → id of the source row that stands for it in this database. */
export type SourceIds = Map<string, string>;

/** A freshly seeded initiative already has its corrections: record them as part of its seed. */
export async function recordCorrectionsInSeed(tx: Tx, slug: string) {
  const data = SEED_CORRECTIONS.filter((c) => c.slug === slug).map((c) => ({
    id: c.id,
    outcome: "in seed",
    detail: "Seeded with the corrected data; no change events needed.",
  }));
  if (data.length) await tx.seedCorrection.createMany({ data, skipDuplicates: true });
}

/** Applies, in order, every correction this database has no `seed_correction` row for. */
export async function applyPendingCorrections(
  prisma: PrismaClient,
  sourceIds: SourceIds,
): Promise<{ id: string; outcome: string; detail: string | null }[]> {
  const done = new Set(
    (await prisma.seedCorrection.findMany({ select: { id: true } })).map((r) => r.id),
  );
  const results = [];
  for (const correction of SEED_CORRECTIONS) {
    if (done.has(correction.id)) continue;
    results.push(
      await prisma.$transaction(
        async (tx) => applyCorrection(tx as unknown as Tx, correction, sourceIds),
        { timeout: 60_000 },
      ),
    );
  }
  return results;
}

type Context = {
  tx: Tx;
  correction: SeedCorrection;
  seed: SeedInitiative;
  built: BuiltInitiative;
  initiativeId: string;
  sourceIds: SourceIds;
  changeSetId: string;
  recordedAt: Date;
  evidenceUrl: string | null;
  left: string[];
  initiativeChanged: boolean;
  milestonesChanged: Set<string>;
};

async function applyCorrection(tx: Tx, correction: SeedCorrection, sourceIds: SourceIds) {
  // Claim the correction first: a concurrent run fails on the primary key and rolls back.
  await tx.seedCorrection.create({ data: { id: correction.id, outcome: "applying" } });
  const position = PORTFOLIO.findIndex((i) => i.slug === correction.slug);
  if (position < 0)
    throw new Error(`Correction ${correction.id}: no initiative "${correction.slug}"`);
  const seed = PORTFOLIO[position];
  const id = initiativeId(seed.slug);
  if (!(await tx.initiative.findUnique({ where: { id }, select: { id: true } })))
    throw new Error(`Correction ${correction.id}: initiative ${id} is not in the database`);
  const ctx: Context = {
    tx,
    correction,
    seed,
    built: buildInitiative(seed, SOURCES, position),
    initiativeId: id,
    sourceIds,
    changeSetId: `cs_correction_${correction.id}_${randomUUID().slice(0, 8)}`,
    recordedAt: new Date(),
    evidenceUrl: sourceOf(correction.evidence).url,
    left: [],
    initiativeChanged: false,
    milestonesChanged: new Set(),
  };
  for (const op of correction.ops) await applyOp(ctx, op);
  if (ctx.initiativeChanged)
    await tx.initiative.update({ where: { id }, data: { version: { increment: 1 } } });
  for (const mid of ctx.milestonesChanged)
    await tx.milestone.update({ where: { id: mid }, data: { version: { increment: 1 } } });
  const outcome = ctx.left.length ? "applied in part" : "applied";
  const detail = ctx.left.length ? ctx.left.join(" ") : null;
  await tx.seedCorrection.update({ where: { id: correction.id }, data: { outcome, detail } });
  return { id: correction.id, outcome, detail };
}

function effectiveOf(ctx: Context, op?: { effective?: IsoDay }): IsoDay {
  return op?.effective ?? ctx.correction.effective ?? CORRECTIONS_CHECKED_ON;
}

function sourceOf(key: string) {
  const source = SOURCES.find((s) => s.key === key);
  if (!source) throw new Error(`Seed correction cites unknown source ${key}`);
  return source;
}

function sourceIdOf(ctx: Context, key: string): string {
  const id = ctx.sourceIds.get(key);
  if (!id) throw new Error(`Correction ${ctx.correction.id}: source ${key} is not in the database`);
  return id;
}

async function appendEvent(
  ctx: Context,
  event: {
    milestoneId?: string | null;
    field: string;
    oldValue: string | null;
    newValue: string | null;
    effective: IsoDay;
    reason?: string;
  },
) {
  await ctx.tx.changeEvent.create({
    data: {
      changeSetId: ctx.changeSetId,
      entityType: event.milestoneId ? "milestone" : "initiative",
      initiativeId: ctx.initiativeId,
      milestoneId: event.milestoneId ?? null,
      field: event.field,
      oldValue: event.oldValue,
      newValue: event.newValue,
      effectiveDate: dayToDate(event.effective),
      recordedAt: ctx.recordedAt,
      authorId: null,
      authorLabel: SEED_CORRECTION_AUTHOR,
      reason: event.reason ?? ctx.correction.reason,
      evidenceUrl: ctx.evidenceUrl,
      confidence: ctx.correction.confidence,
    },
  });
}

/**
 * Whether the seed may still change this field: every change recorded to it so far came from the
 * seed. Also refuses (as a bug in the corrections) a change dated before the last one to a
 * replayed field, which replay would never let become the current value.
 */
async function seedOwnsField(
  ctx: Context,
  entity: { milestoneId: string | null },
  field: string,
  effective: IsoDay,
  replayed: boolean,
): Promise<boolean> {
  const events = await ctx.tx.changeEvent.findMany({
    where: {
      initiativeId: ctx.initiativeId,
      entityType: entity.milestoneId ? "milestone" : "initiative",
      ...(entity.milestoneId ? { milestoneId: entity.milestoneId } : {}),
      field: { in: [field, CREATED_FIELD] },
    },
    select: { field: true, effectiveDate: true, authorId: true, authorLabel: true },
  });
  const own = events.filter((e) => e.field === field);
  if (own.some((e) => e.authorId !== null || !SEED_AUTHORS.has(e.authorLabel))) {
    const what = entity.milestoneId ? `${entity.milestoneId}.${field}` : field;
    ctx.left.push(`Left ${what} as an analyst last set it.`);
    return false;
  }
  if (replayed) {
    const latest = events
      .map((e) => toIsoDay(e.effectiveDate))
      .sort()
      .at(-1);
    if (latest && effective < latest)
      throw new Error(
        `Correction ${ctx.correction.id}: ${field} would take effect on ${effective}, before its last change on ${latest}`,
      );
  }
  return true;
}

const shorten = (text: string, max = 400) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

async function applyOp(ctx: Context, op: CorrectionOp): Promise<void> {
  const { tx } = ctx;
  switch (op.kind) {
    case "summary":
    case "lifecycleStatus":
    case "health": {
      const row = await tx.initiative.findUniqueOrThrow({ where: { id: ctx.initiativeId } });
      const field = op.kind;
      const next = op.kind === "summary" ? ctx.seed.summary : op.to;
      const current = row[field] as string;
      if (current === next) return;
      const effective = effectiveOf(ctx, op);
      if (!(await seedOwnsField(ctx, { milestoneId: null }, field, effective, field !== "summary")))
        return;
      await tx.initiative.update({ where: { id: ctx.initiativeId }, data: { [field]: next } });
      await appendEvent(ctx, { field, oldValue: current, newValue: next, effective });
      ctx.initiativeChanged = true;
      return;
    }
    case "leads": {
      const row = await tx.initiative.findUniqueOrThrow({ where: { id: ctx.initiativeId } });
      const current = row[op.field];
      let next = current.map((name) => op.replace?.find(([from]) => from === name)?.[1] ?? name);
      next = next.filter((name) => !op.remove?.includes(name));
      for (const name of op.add ?? []) if (!next.includes(name)) next.push(name);
      if (encodeValue(next) === encodeValue(current)) return;
      await tx.initiative.update({ where: { id: ctx.initiativeId }, data: { [op.field]: next } });
      await appendEvent(ctx, {
        field: op.field,
        oldValue: encodeValue(current),
        newValue: encodeValue(next),
        effective: effectiveOf(ctx, op),
      });
      ctx.initiativeChanged = true;
      return;
    }
    case "milestone":
      return correctMilestone(ctx, op);
    case "newMilestone":
      return addMilestone(ctx, op.key);
    case "cite":
    case "uncite":
      return citeSource(ctx, op);
    case "recordNote":
      return correctRecordNote(ctx, op.index);
    case "workstream": {
      const wanted = ctx.seed.workstreams.find((w) => w.name === op.name);
      if (!wanted) throw new Error(`Correction ${ctx.correction.id}: no workstream ${op.name}`);
      const row = await tx.workstream.findUnique({
        where: { initiativeId_name: { initiativeId: ctx.initiativeId, name: op.name } },
      });
      if (!row) {
        ctx.left.push(`No workstream "${op.name}" to correct.`);
        return;
      }
      if (row.description === wanted.description) return;
      await tx.workstream.update({
        where: { id: row.id },
        data: { description: wanted.description },
      });
      await appendEvent(ctx, {
        field: "workstream",
        oldValue: `${op.name}: ${row.description ?? ""}`,
        newValue: `${op.name}: ${wanted.description}`,
        effective: effectiveOf(ctx),
      });
      return;
    }
    case "source":
      return correctSource(ctx, op.key);
    case "statusUpdate": {
      const row = await tx.initiative.findUniqueOrThrow({ where: { id: ctx.initiativeId } });
      await tx.statusUpdate.create({
        data: {
          initiativeId: ctx.initiativeId,
          health: row.health,
          body: op.body,
          effectiveDate: dayToDate(effectiveOf(ctx)),
          recordedAt: ctx.recordedAt,
          authorLabel: SEED_CORRECTION_AUTHOR,
        },
      });
      return;
    }
  }
}

const DATE_FIELDS = new Set(["plannedDate", "baselineDate", "actualDate"]);

async function correctMilestone(ctx: Context, op: Extract<CorrectionOp, { kind: "milestone" }>) {
  const { tx } = ctx;
  const mid = milestoneId(op.key);
  const row = await tx.milestone.findFirst({ where: { id: mid, initiativeId: ctx.initiativeId } });
  if (!row) {
    ctx.left.push(`No milestone ${mid} to correct.`);
    return;
  }
  const effective = effectiveOf(ctx, op);
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(op.set ?? {})) {
    const raw = (row as Record<string, unknown>)[field];
    const current = encodeValue(raw instanceof Date ? toIsoDay(raw) : raw);
    const next = encodeValue(value);
    if (current === next) continue;
    if (!(await seedOwnsField(ctx, { milestoneId: mid }, field, effective, true))) continue;
    data[field] = DATE_FIELDS.has(field) ? dayToDate(value as IsoDay) : value;
    await appendEvent(ctx, {
      milestoneId: mid,
      field,
      oldValue: current,
      newValue: next,
      effective,
    });
  }
  const wanted = ctx.seed.milestones.find((m) => m.key === op.key);
  for (const field of op.text ?? []) {
    if (!wanted) throw new Error(`Correction ${ctx.correction.id}: ${op.key} is not in the seed`);
    if (row[field] === wanted[field]) continue;
    data[field] = wanted[field];
    await appendEvent(ctx, {
      milestoneId: mid,
      field,
      oldValue: row[field],
      newValue: wanted[field],
      effective,
    });
  }
  if (Object.keys(data).length === 0) return;
  await tx.milestone.update({ where: { id: mid }, data });
  ctx.milestonesChanged.add(mid);
}

/** A milestone the corrected seed added: its row and its "created" event (and any history). */
async function addMilestone(ctx: Context, key: string) {
  const { tx } = ctx;
  const built = ctx.built.milestones.find((m) => m.seed.key === key);
  if (!built) throw new Error(`Correction ${ctx.correction.id}: ${key} is not in the seed`);
  if (await tx.milestone.findUnique({ where: { id: built.id }, select: { id: true } })) return;
  const last = await tx.milestone.findFirst({
    where: { initiativeId: ctx.initiativeId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const workstream = built.seed.workstream
    ? await tx.workstream.findUnique({
        where: {
          initiativeId_name: { initiativeId: ctx.initiativeId, name: built.seed.workstream },
        },
      })
    : null;
  const events = ctx.built.events.filter((e) => e.milestoneId === built.id);
  await tx.milestone.create({
    data: {
      id: built.id,
      initiativeId: ctx.initiativeId,
      workstreamId: workstream?.id ?? null,
      title: built.seed.title,
      description: built.seed.description,
      side: built.state.side,
      baselineDate: dayToDate(built.state.baselineDate),
      plannedDate: dayToDate(built.state.plannedDate),
      actualDate: built.state.actualDate ? dayToDate(built.state.actualDate) : null,
      status: built.state.status,
      weight: built.state.weight,
      percentComplete: built.state.percentComplete,
      provenance: built.seed.provenance,
      position: (last?.position ?? -1) + 1,
      version: events.some((e) => e.field !== CREATED_FIELD) ? 2 : 1,
      sources: { connect: built.seed.sourceKeys.map((k) => ({ id: sourceIdOf(ctx, k) })) },
    },
  });
  for (const e of events) {
    await appendEvent(ctx, {
      milestoneId: built.id,
      field: e.field,
      oldValue: e.oldValue,
      newValue: e.newValue,
      effective: e.effectiveDate,
      // The creation carries the correction's reason; later history keeps the seed's own.
      reason: e.field === CREATED_FIELD ? undefined : e.reason,
    });
  }
}

async function citeSource(ctx: Context, op: Extract<CorrectionOp, { kind: "cite" | "uncite" }>) {
  const { tx } = ctx;
  const sid = sourceIdOf(ctx, op.source);
  const effective = effectiveOf(ctx);
  const cite = op.kind === "cite";
  const change = cite
    ? { oldValue: null, newValue: op.source }
    : { oldValue: op.source, newValue: null };
  if (cite) {
    const cited = await tx.initiative.count({
      where: { id: ctx.initiativeId, sources: { some: { id: sid } } },
    });
    if (!cited) {
      await tx.initiative.update({
        where: { id: ctx.initiativeId },
        data: { sources: { connect: { id: sid } } },
      });
      await appendEvent(ctx, { field: "source", ...change, effective });
    }
  }
  if (!op.milestone) return;
  const mid = milestoneId(op.milestone);
  const row = await tx.milestone.findFirst({
    where: { id: mid, initiativeId: ctx.initiativeId },
    select: { id: true, sources: { where: { id: sid }, select: { id: true } } },
  });
  if (!row) {
    ctx.left.push(`No milestone ${mid} to ${op.kind} ${op.source} on.`);
    return;
  }
  if (cite === row.sources.length > 0) return;
  await tx.milestone.update({
    where: { id: mid },
    data: { sources: cite ? { connect: { id: sid } } : { disconnect: { id: sid } } },
  });
  await appendEvent(ctx, { milestoneId: mid, field: "source", ...change, effective });
}

async function correctRecordNote(ctx: Context, index: number) {
  const { tx } = ctx;
  const wanted = ctx.built.recordNotes[index - 1];
  if (!wanted)
    throw new Error(`Correction ${ctx.correction.id}: no record note ${index} in the seed`);
  const sources = wanted.sourceKeys.map((k) => ({ id: sourceIdOf(ctx, k) }));
  const summary = (n: { verdict: string; recordSays: string }) =>
    `${n.verdict}: ${shorten(n.recordSays)}`;
  const row = await tx.recordNote.findUnique({
    where: { id: wanted.id },
    include: { sources: { select: { id: true } } },
  });
  if (!row) {
    const last = await tx.recordNote.findFirst({
      where: { initiativeId: ctx.initiativeId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    await tx.recordNote.create({
      data: {
        id: wanted.id,
        initiativeId: ctx.initiativeId,
        verdict: wanted.verdict,
        briefSays: wanted.briefSays,
        recordSays: wanted.recordSays,
        position: (last?.position ?? -1) + 1,
        sources: { connect: sources },
      },
    });
    await appendEvent(ctx, {
      field: "recordNote",
      oldValue: null,
      newValue: summary(wanted),
      effective: effectiveOf(ctx),
    });
    return;
  }
  const sameSources =
    row.sources.length === sources.length &&
    sources.every((s) => row.sources.some((r) => r.id === s.id));
  if (
    row.verdict === wanted.verdict &&
    row.briefSays === wanted.briefSays &&
    row.recordSays === wanted.recordSays &&
    sameSources
  )
    return;
  await tx.recordNote.update({
    where: { id: row.id },
    data: {
      verdict: wanted.verdict,
      briefSays: wanted.briefSays,
      recordSays: wanted.recordSays,
      sources: { set: sources },
    },
  });
  await appendEvent(ctx, {
    field: "recordNote",
    oldValue: summary(row),
    newValue: summary(wanted),
    effective: effectiveOf(ctx),
  });
}

async function correctSource(ctx: Context, key: string) {
  const { tx } = ctx;
  const wanted = sourceOf(key);
  const row = await tx.source.findUnique({ where: { id: sourceIdOf(ctx, key) } });
  if (!row)
    throw new Error(`Correction ${ctx.correction.id}: source ${key} is not in the database`);
  let url = wanted.url;
  if (row.url !== url && (await tx.source.findUnique({ where: { url }, select: { key: true } }))) {
    ctx.left.push(`Kept ${key}'s link: ${url} is already recorded as another source.`);
    url = row.url;
  }
  const data = {
    title: wanted.title,
    url,
    publisher: wanted.publisher,
    publishedOn: wanted.publishedOn ? dayToDate(wanted.publishedOn) : null,
    note: wanted.note ?? null,
  };
  const unchanged =
    row.title === data.title &&
    row.url === data.url &&
    row.publisher === data.publisher &&
    (row.publishedOn ? toIsoDay(row.publishedOn) : null) === (wanted.publishedOn ?? null) &&
    row.note === data.note;
  if (unchanged) return;
  await tx.source.update({ where: { id: row.id }, data });
  const describe = (s: { title: string; url: string; note: string | null }) =>
    shorten(`${key}: ${s.title} <${s.url}>${s.note ? ` — ${s.note}` : ""}`, 600);
  await appendEvent(ctx, {
    field: "source",
    oldValue: describe(row),
    newValue: describe(data),
    effective: effectiveOf(ctx),
  });
}
