import "server-only";
import type { PrismaClient } from "../db/client";
import { dayToDate, toIsoDay } from "../domain/dates";
import { getToday } from "./today";
import type { Health } from "../domain/types";
import { zNewStatusUpdate } from "../validation/status-update";
import type { Actor } from "../views/actor";
import { appendChangeSet, latestEffectiveChange } from "./change-log";
import { initiativeBySlug, initiativeConflict } from "./initiatives";

/**
 * Posts a status update. When its health differs from the initiative's, the initiative's health
 * follows in the same transaction, with its change event and a new version, unless the update is
 * dated before the last recorded health change: an older assessment never overrides a newer one.
 */
export async function postStatusUpdate(
  prisma: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
) {
  const today = getToday();
  const input = zNewStatusUpdate(today).parse(body);
  const effectiveDate = input.effectiveDate ?? today;
  return prisma.$transaction(async (tx) => {
    const initiative = await initiativeBySlug(tx, slug);
    const latestHealth = await latestEffectiveChange(
      tx,
      { entityType: "initiative", initiativeId: initiative.id },
      ["health"],
    );
    if (
      initiative.health !== input.health &&
      (!latestHealth || effectiveDate >= latestHealth.day)
    ) {
      const updated = await tx.initiative.updateMany({
        where: { id: initiative.id, version: initiative.version },
        data: { health: input.health, version: { increment: 1 } },
      });
      if (updated.count !== 1) return initiativeConflict(tx, slug, initiative.version);
      await appendChangeSet(tx, {
        entityType: "initiative",
        initiativeId: initiative.id,
        actor,
        changes: [{ field: "health", oldValue: initiative.health, newValue: input.health }],
        context: { reason: `Status update of ${effectiveDate}`, effectiveDate },
      });
    }
    const update = await tx.statusUpdate.create({
      data: {
        initiativeId: initiative.id,
        health: input.health,
        body: input.body,
        effectiveDate: dayToDate(effectiveDate),
        authorId: actor.id,
        authorLabel: actor.name,
      },
    });
    return {
      id: update.id,
      health: update.health as Health,
      body: update.body,
      effectiveDate: toIsoDay(update.effectiveDate),
      recordedAt: update.recordedAt.toISOString(),
      author: update.authorLabel,
    };
  });
}
