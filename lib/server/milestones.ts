import "server-only";
import type { PrismaClient, Tx } from "../db/client";
import type { Milestone } from "../generated/prisma/client";
import { diffFields, type FieldChange } from "../domain/change-set";
import { dayToDate, toIsoDay } from "../domain/dates";
import { getToday } from "./today";
import {
  CREATED_FIELD,
  MILESTONE_STATE_FIELDS,
  type IsoDay,
  type MilestoneState,
  type Provenance,
} from "../domain/types";
import { fieldError, notFound, staleVersion } from "../errors";
import {
  MILESTONE_PATCH_FIELDS,
  zMilestonePatch,
  zRebaseline,
  type MilestonePatch,
  type NewMilestone,
} from "../validation/milestone";
import type { Actor } from "../views/actor";
import { appendChangeSet, changeContextOf } from "./change-log";
import { getMilestoneView } from "./portfolio";

const STATE_FIELDS = MILESTONE_STATE_FIELDS;
/** Recorded, not replayed: whether the milestone's dates come from a source or are the tracker's plan. */
const PROVENANCE_FIELD = "provenance";

async function loadState(tx: Tx, id: string) {
  const row = await tx.milestone.findUnique({ where: { id } });
  if (!row) throw notFound("Milestone");
  return { row, state: milestoneStateOf(row) };
}

/** The recorded fields of a milestone row, as change events see them. */
export function milestoneStateOf(row: Milestone): MilestoneState {
  return {
    status: row.status,
    percentComplete: row.percentComplete,
    baselineDate: toIsoDay(row.baselineDate),
    plannedDate: toIsoDay(row.plannedDate),
    actualDate: row.actualDate ? toIsoDay(row.actualDate) : null,
    side: row.side,
    weight: row.weight,
  };
}

/** Every new milestone starts not started, planned on its baseline unless a plan is given. */
export function initialMilestoneState(input: NewMilestone): MilestoneState {
  return {
    status: "not_started",
    percentComplete: 0,
    baselineDate: input.baselineDate,
    plannedDate: input.plannedDate ?? input.baselineDate,
    actualDate: null,
    side: input.side,
    weight: input.weight,
  };
}

async function conflict(tx: Tx, id: string, basedOn: number): Promise<never> {
  throw staleVersion(
    "milestone",
    basedOn,
    await getMilestoneView(tx as unknown as PrismaClient, id),
  );
}

/**
 * Applies one analyst change in one transaction: the milestone row and its change events land
 * together or not at all. A stale `version` changes nothing and answers 409 with the current state.
 */
export async function updateMilestone(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  body: unknown,
) {
  const today = getToday();
  const patch = zMilestonePatch(today).parse(body);
  return prisma.$transaction(async (tx) => {
    await applyMilestonePatch(tx, actor, id, patch, today, { sourceDoneDates: true });
    return getMilestoneView(tx as unknown as PrismaClient, id);
  });
}

/**
 * The PATCH rules, without a database: the state a patch leads to and the recorded changes, or the
 * rule it breaks. CSV import checks every row with it before writing anything.
 */
export function planMilestonePatch(
  state: MilestoneState,
  patch: MilestonePatch,
):
  | { ok: true; next: MilestoneState; changes: FieldChange[] }
  | { ok: false; field: string; message: string } {
  const next: MilestoneState = { ...state, ...definedOnly(patch, MILESTONE_PATCH_FIELDS) };
  if (next.status === "done") {
    if (!next.actualDate)
      return {
        ok: false,
        field: "actualDate",
        message: "Marking a milestone done needs its actual date.",
      };
    if (state.status !== "done" && !patch.evidenceUrl)
      return {
        ok: false,
        field: "evidenceUrl",
        message: "Marking a milestone done needs an evidence link.",
      };
  } else if (next.actualDate) {
    return {
      ok: false,
      field: "actualDate",
      message:
        "Only a done milestone has an actual date: mark it done, or clear the actual date (null) when reopening it.",
    };
  }
  const changes = diffFields(state, next, STATE_FIELDS);
  if (changes.length === 0)
    return {
      ok: false,
      field: "_",
      message: "This change sets every field to the value it already has.",
    };
  return { ok: true, next, changes };
}

/**
 * One validated patch inside the caller's transaction (PATCH and CSV import); returns the recorded
 * changes to the milestone's state. With `sourceDoneDates` (the editor's PATCH) the dates' provenance
 * follows the evidence too (`provenanceChange`), recorded in the same change set.
 */
export async function applyMilestonePatch(
  tx: Tx,
  actor: Actor,
  id: string,
  patch: MilestonePatch,
  today: IsoDay = getToday(),
  options: { sourceDoneDates?: boolean } = {},
) {
  const { row, state } = await loadState(tx, id);
  if (row.version !== patch.version) return conflict(tx, id, patch.version);
  const plan = planMilestonePatch(state, patch);
  if (!plan.ok) throw fieldError(plan.field, plan.message);
  const sourcing = options.sourceDoneDates
    ? await provenanceChange(tx, row, state, plan.next, patch)
    : null;
  const updated = await tx.milestone.updateMany({
    where: { id, version: patch.version },
    data: {
      ...toColumns(plan.next),
      ...(sourcing ? { provenance: sourcing.newValue as Provenance } : {}),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) return conflict(tx, id, patch.version);
  await appendChangeSet(tx, {
    entityType: "milestone",
    initiativeId: row.initiativeId,
    milestoneId: id,
    changes: sourcing ? [...plan.changes, sourcing] : plan.changes,
    actor,
    context: changeContextOf(patch, today),
  });
  return plan.changes;
}

/**
 * A milestone marked done with an evidence link has a sourced actual date, so a planned estimate
 * becomes sourced. Reopening it (an undo, say) makes its dates a plan again, but only when that
 * evidence is what sourced them: a milestone sourced from the start stays sourced.
 */
async function provenanceChange(
  tx: Tx,
  row: Milestone,
  state: MilestoneState,
  next: MilestoneState,
  patch: MilestonePatch,
): Promise<FieldChange | null> {
  if (next.status === "done" && patch.evidenceUrl && row.provenance === "planned_estimate")
    return { field: PROVENANCE_FIELD, oldValue: "planned_estimate", newValue: "sourced" };
  if (state.status !== "done" || next.status === "done" || row.provenance !== "sourced")
    return null;
  const last = await tx.changeEvent.findFirst({
    where: { milestoneId: row.id, field: PROVENANCE_FIELD },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    select: { newValue: true },
  });
  return last?.newValue === "sourced"
    ? { field: PROVENANCE_FIELD, oldValue: "sourced", newValue: "planned_estimate" }
    : null;
}

/** Moves the baseline itself: rare and deliberate, so it is its own action with its own reason. */
export async function rebaselineMilestone(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  body: unknown,
) {
  const today = getToday();
  const input = zRebaseline(today).parse(body);
  return prisma.$transaction(async (tx) => {
    const { row, state } = await loadState(tx, id);
    if (row.version !== input.version) return conflict(tx, id, input.version);
    const changes = diffFields(state, { baselineDate: input.baselineDate }, ["baselineDate"]);
    if (changes.length === 0)
      throw fieldError("baselineDate", "The baseline already has this date.");
    const updated = await tx.milestone.updateMany({
      where: { id, version: input.version },
      data: { baselineDate: dayToDate(input.baselineDate), version: { increment: 1 } },
    });
    if (updated.count !== 1) return conflict(tx, id, input.version);
    await appendChangeSet(tx, {
      entityType: "milestone",
      initiativeId: row.initiativeId,
      milestoneId: id,
      changes,
      actor,
      context: changeContextOf(input, today),
    });
    return getMilestoneView(tx as unknown as PrismaClient, id);
  });
}

function definedOnly<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function toColumns(s: MilestoneState) {
  return {
    status: s.status,
    percentComplete: s.percentComplete,
    plannedDate: dayToDate(s.plannedDate),
    actualDate: s.actualDate ? dayToDate(s.actualDate) : null,
    side: s.side,
  };
}

/**
 * Inserts a milestone at the end of its initiative with its "created" change event, inside the
 * caller's transaction (the add form, the API and CSV import all come through here).
 */
export async function insertMilestone(
  tx: Tx,
  actor: Actor,
  initiativeId: string,
  input: NewMilestone,
) {
  const workstream = input.workstream
    ? await tx.workstream.findUnique({
        where: { initiativeId_name: { initiativeId, name: input.workstream } },
      })
    : null;
  if (input.workstream && !workstream)
    throw fieldError(
      "workstream",
      `This initiative has no workstream named "${input.workstream}".`,
    );
  const last = await tx.milestone.findFirst({
    where: { initiativeId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const state = initialMilestoneState(input);
  const created = await tx.milestone.create({
    data: {
      initiativeId,
      workstreamId: workstream?.id ?? null,
      title: input.title,
      description: input.description,
      provenance: input.provenance,
      position: (last?.position ?? -1) + 1,
      ...toColumns(state),
      baselineDate: dayToDate(state.baselineDate),
      weight: state.weight,
    },
  });
  await appendChangeSet(tx, {
    entityType: "milestone",
    initiativeId,
    milestoneId: created.id,
    actor,
    changes: [{ field: CREATED_FIELD, oldValue: null, newValue: JSON.stringify(state) }],
    context: changeContextOf(input, getToday()),
  });
  return created;
}
