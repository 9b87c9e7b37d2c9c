import "server-only";
import type { PrismaClient, Tx } from "../db/client";
import { diffFields } from "../domain/change-set";
import { dayToDate, toIsoDay } from "../domain/dates";
import { getToday } from "./today";
import type { Health, LifecycleStatus } from "../domain/types";
import { fieldError, notFound, staleVersion } from "../errors";
import {
  INITIATIVE_PATCH_FIELDS,
  TARGET_ORDER_MESSAGE,
  zInitiativePatch,
} from "../validation/initiative";
import type { Actor } from "../views/actor";
import { appendChangeSet, changeContextOf } from "./change-log";
import { getInitiativeDetail } from "./portfolio";

type InitiativeState = {
  lifecycleStatus: LifecycleStatus;
  health: Health;
  summary: string;
  targetStart: string;
  targetEnd: string;
  targetLabel: string;
  targetNote: string | null;
};

export async function initiativeBySlug(tx: Tx, slug: string) {
  const row = await tx.initiative.findUnique({ where: { slug } });
  if (!row) throw notFound(`Initiative "${slug}"`);
  return row;
}

export async function initiativeConflict(tx: Tx, slug: string, basedOn: number): Promise<never> {
  const current = await getInitiativeDetail(tx as unknown as PrismaClient, slug, getToday());
  throw staleVersion("initiative", basedOn, current);
}

/**
 * Applies one analyst change to an initiative in one transaction: the row, its new version and one
 * change event per changed field land together. A stale `version` changes nothing and answers 409.
 */
export async function updateInitiative(
  prisma: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
) {
  const today = getToday();
  const patch = zInitiativePatch(today).parse(body);
  return prisma.$transaction(async (tx) => {
    const row = await initiativeBySlug(tx, slug);
    if (row.version !== patch.version) return initiativeConflict(tx, slug, patch.version);
    const state: InitiativeState = {
      lifecycleStatus: row.lifecycleStatus,
      health: row.health,
      summary: row.summary,
      targetStart: toIsoDay(row.targetStart),
      targetEnd: toIsoDay(row.targetEnd),
      targetLabel: row.targetLabel,
      targetNote: row.targetNote,
    };
    const next: InitiativeState = { ...state };
    for (const field of INITIATIVE_PATCH_FIELDS) {
      if (patch[field] !== undefined) (next as Record<string, unknown>)[field] = patch[field];
    }
    // The schema checks the window when both ends are sent; one end must also fit the stored other end.
    if (next.targetStart > next.targetEnd)
      throw fieldError(patch.targetEnd ? "targetEnd" : "targetStart", TARGET_ORDER_MESSAGE);
    const changes = diffFields(state, next, INITIATIVE_PATCH_FIELDS);
    if (changes.length === 0)
      throw fieldError("_", "This change sets every field to the value it already has.");
    const updated = await tx.initiative.updateMany({
      where: { id: row.id, version: patch.version },
      data: {
        lifecycleStatus: next.lifecycleStatus,
        health: next.health,
        summary: next.summary,
        targetStart: dayToDate(next.targetStart),
        targetEnd: dayToDate(next.targetEnd),
        targetLabel: next.targetLabel,
        targetNote: next.targetNote,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return initiativeConflict(tx, slug, patch.version);
    await appendChangeSet(tx, {
      entityType: "initiative",
      initiativeId: row.id,
      changes,
      actor,
      context: changeContextOf(patch, today),
    });
    return getInitiativeDetail(tx as unknown as PrismaClient, slug, today);
  });
}
