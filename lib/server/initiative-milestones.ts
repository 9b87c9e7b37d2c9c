import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { getToday } from "./today";
import { zNewMilestone } from "../validation/milestone";
import { zMilestoneOrder } from "../validation/milestone-order";
import type { Actor } from "../views/actor";
import { appendChangeSet } from "./change-log";
import { fieldError } from "../errors";
import { initiativeBySlug } from "./initiatives";
import { insertMilestone } from "./milestones";
import { getMilestoneView } from "./portfolio";

/** Adds a milestone at the end of an initiative; the row and its "created" event commit together. */
export async function addMilestone(
  prisma: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
) {
  const input = zNewMilestone(getToday()).parse(body);
  return prisma.$transaction(async (tx) => {
    const initiative = await initiativeBySlug(tx, slug);
    const created = await insertMilestone(tx, actor, initiative.id, input);
    return getMilestoneView(tx as unknown as PrismaClient, created.id);
  });
}

/**
 * Puts all of an initiative's milestones in a new order. Only milestones that moved change: each
 * gets its new position, a new version and a "position" event, all in one change set.
 */
export async function reorderMilestones(
  prisma: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
) {
  const today = getToday();
  const input = zMilestoneOrder(today).parse(body);
  return prisma.$transaction(async (tx) => {
    const initiative = await initiativeBySlug(tx, slug);
    const rows = await tx.milestone.findMany({
      where: { initiativeId: initiative.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true, version: true },
    });
    const known = new Set(rows.map((r) => r.id));
    const unknown = input.ids.filter((id) => !known.has(id));
    if (unknown.length)
      throw fieldError(
        "ids",
        `These ids are not milestones of this initiative: ${unknown.join(", ")}.`,
      );
    if (input.ids.length !== rows.length) {
      throw fieldError(
        "ids",
        `List every milestone of this initiative exactly once (${rows.length} expected, ${input.ids.length} given).`,
      );
    }
    const newIndex = new Map(input.ids.map((id, index) => [id, index]));
    const moved = rows.filter((r) => r.position !== newIndex.get(r.id));
    if (moved.length === 0) throw fieldError("ids", "The milestones are already in this order.");
    const changeSetId = randomUUID();
    for (const row of moved) {
      const position = newIndex.get(row.id)!;
      await tx.milestone.update({
        where: { id: row.id },
        data: { position, version: { increment: 1 } },
      });
      await appendChangeSet(tx, {
        entityType: "milestone",
        initiativeId: initiative.id,
        milestoneId: row.id,
        actor,
        changeSetId,
        changes: [
          { field: "position", oldValue: String(row.position), newValue: String(position) },
        ],
        context: { reason: input.reason, effectiveDate: today },
      });
    }
    const after = await tx.milestone.findMany({
      where: { initiativeId: initiative.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true, version: true },
    });
    return { milestones: after };
  });
}
