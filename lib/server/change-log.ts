import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import type { FieldChange } from "../domain/change-set";
import { CREATED_FIELD, type Confidence, type IsoDay } from "../domain/types";
import { INITIATIVE_FIELDS, MILESTONE_FIELDS } from "../domain/replay";
import { dayToDate, toIsoDay } from "../domain/dates";
import { AppError } from "../errors";
import type { Actor } from "../views/actor";

export type ChangeContext = {
  reason: string;
  effectiveDate: IsoDay;
  evidenceUrl?: string | null;
  confidence?: Confidence | null;
};

/** What a submitted change says about itself; the effective date defaults to today. */
export function changeContextOf(
  input: Omit<ChangeContext, "effectiveDate"> & { effectiveDate?: IsoDay },
  today: IsoDay,
): ChangeContext {
  return {
    reason: input.reason,
    effectiveDate: input.effectiveDate ?? today,
    evidenceUrl: input.evidenceUrl,
    confidence: input.confidence,
  };
}

/** Appends one change set (one event per changed field) inside the caller's transaction. */
export async function appendChangeSet(
  tx: Tx,
  input: {
    entityType: "initiative" | "milestone";
    initiativeId: string;
    milestoneId?: string | null;
    changes: FieldChange[];
    context: ChangeContext;
    actor: Actor;
    /** Lets one action that touches several records (a reorder) share one change set. */
    changeSetId?: string;
  },
): Promise<string> {
  await assertEffectiveOrder(tx, input);
  const changeSetId = input.changeSetId ?? randomUUID();
  const recordedAt = new Date();
  await tx.changeEvent.createMany({
    data: input.changes.map((change) => ({
      changeSetId,
      entityType: input.entityType,
      initiativeId: input.initiativeId,
      milestoneId: input.milestoneId ?? null,
      field: change.field,
      oldValue: change.oldValue,
      newValue: change.newValue,
      effectiveDate: dayToDate(input.context.effectiveDate),
      recordedAt,
      authorId: input.actor.id,
      authorLabel: input.actor.name,
      reason: input.context.reason,
      evidenceUrl: input.context.evidenceUrl ?? null,
      confidence: input.context.confidence ?? null,
    })),
  });
  return changeSetId;
}

type EntityRef = {
  entityType: "initiative" | "milestone";
  initiativeId: string;
  milestoneId?: string | null;
};

/** The latest effective day among an entity's changes to these fields (its creation included). */
export async function latestEffectiveChange(tx: Tx, entity: EntityRef, fields: string[]) {
  const latest = await tx.changeEvent.findFirst({
    where: {
      entityType: entity.entityType,
      ...(entity.entityType === "milestone"
        ? { milestoneId: entity.milestoneId }
        : { initiativeId: entity.initiativeId }),
      field: { in: [...fields, CREATED_FIELD] },
    },
    orderBy: { effectiveDate: "desc" },
    select: { effectiveDate: true, field: true },
  });
  return latest ? { day: toIsoDay(latest.effectiveDate), field: latest.field } : null;
}

/**
 * Replay applies changes in effective-date order, so a change dated before the last recorded change
 * to the same field (or before the record existed) would never become the current value: the row
 * and its history would disagree. Such a change is refused, naming the date it must not precede.
 */
async function assertEffectiveOrder(
  tx: Tx,
  input: EntityRef & { changes: FieldChange[]; context: ChangeContext },
) {
  const replayed = input.entityType === "milestone" ? MILESTONE_FIELDS : INITIATIVE_FIELDS;
  const fields = input.changes.map((c) => c.field).filter((f) => replayed.has(f));
  if (fields.length === 0) return;
  const latest = await latestEffectiveChange(tx, input, fields);
  if (!latest || input.context.effectiveDate >= latest.day) return;
  const what =
    latest.field === CREATED_FIELD
      ? "This record entered the tracker"
      : `The last recorded change to ${latest.field} took effect`;
  const message = `${what} on ${latest.day}; a change cannot take effect before that.`;
  throw new AppError(400, message, { fieldErrors: { effectiveDate: [message] } });
}
