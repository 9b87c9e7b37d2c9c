import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { dayToDate } from "../domain/dates";
import type { FieldChange } from "../domain/change-set";
import type { Confidence, IsoDay } from "../domain/types";
import type { Actor } from "./actor";

export type ChangeContext = {
  reason: string;
  effectiveDate: IsoDay;
  evidenceUrl?: string | null;
  confidence?: Confidence | null;
};

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
