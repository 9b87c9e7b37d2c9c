import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient, Tx } from "../db/client";
import { dayToDate } from "../domain/dates";
import { getToday } from "./today";
import { AppError, fieldError } from "../errors";
import { zNewSource, zSourceLink } from "../validation/source";
import type { Actor } from "../views/actor";
import type { SourceView } from "../views/source";
import { appendChangeSet } from "./change-log";
import { initiativeBySlug } from "./initiatives";
import { toSourceView as toView } from "./portfolio";

const ANALYST_KEY = /^A(\d+)$/;

export async function listSources(prisma: PrismaClient): Promise<{ sources: SourceView[] }> {
  const rows = await prisma.source.findMany();
  return {
    sources: rows.map(toView).sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true })),
  };
}

async function duplicateUrl(db: Tx | PrismaClient, url: string): Promise<AppError | null> {
  const existing = await db.source.findUnique({ where: { url } });
  if (!existing) return null;
  return new AppError(409, `This link is already source ${existing.key}; cite that one instead.`, {
    existing: toView(existing),
    fieldErrors: { url: [`Already recorded as source ${existing.key}.`] },
  });
}

/** The next free analyst key: "A1", "A2", … (seeded sources use "S<n>"). */
async function nextAnalystKey(tx: Tx): Promise<string> {
  const rows = await tx.source.findMany({
    where: { key: { startsWith: "A" } },
    select: { key: true },
  });
  const numbers = rows
    .map((r) => ANALYST_KEY.exec(r.key))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
  return `A${Math.max(0, ...numbers) + 1}`;
}

/** Records a new public source; a link already recorded answers 409 with the existing source. */
export async function createSource(prisma: PrismaClient, body: unknown): Promise<SourceView> {
  const input = zNewSource(getToday()).parse(body);
  try {
    return await prisma.$transaction(async (tx) => {
      const duplicate = await duplicateUrl(tx, input.url);
      if (duplicate) throw duplicate;
      if (input.key && (await tx.source.findUnique({ where: { key: input.key } }))) {
        throw fieldError("key", `Source key ${input.key} is already used.`, 409);
      }
      const created = await tx.source.create({
        data: {
          key: input.key ?? (await nextAnalystKey(tx)),
          title: input.title,
          url: input.url,
          publisher: input.publisher,
          publishedOn: input.publishedOn ? dayToDate(input.publishedOn) : null,
          note: input.note ?? null,
        },
      });
      return toView(created);
    });
  } catch (error) {
    // Two people adding the same link at once: the unique index decides, the loser gets the winner.
    if ((error as { code?: string }).code === "P2002") {
      throw (
        (await duplicateUrl(prisma, input.url)) ??
        new AppError(409, "Someone else just took this source key; try again.")
      );
    }
    throw error;
  }
}

/** Cites an existing source for an initiative (and optionally one of its milestones), recorded as change events. */
export async function linkSource(prisma: PrismaClient, actor: Actor, slug: string, body: unknown) {
  const today = getToday();
  const input = zSourceLink(today).parse(body);
  return prisma.$transaction(async (tx) => {
    const initiative = await initiativeBySlug(tx, slug);
    const source = await tx.source.findUnique({ where: { id: input.sourceId } });
    if (!source) throw fieldError("sourceId", "No source has this id.");
    const milestone = input.milestoneId
      ? await tx.milestone.findFirst({
          where: { id: input.milestoneId, initiativeId: initiative.id },
          select: { id: true, title: true },
        })
      : null;
    if (input.milestoneId && !milestone)
      throw fieldError("milestoneId", "This initiative has no milestone with this id.");
    const initiativeHas = await tx.initiative.count({
      where: { id: initiative.id, sources: { some: { id: source.id } } },
    });
    const milestoneHas = milestone
      ? await tx.milestone.count({
          where: { id: milestone.id, sources: { some: { id: source.id } } },
        })
      : 1;
    if (initiativeHas && milestoneHas)
      throw new AppError(409, `Source ${source.key} is already cited here.`);
    const changeSetId = randomUUID();
    const change = [{ field: "source", oldValue: null, newValue: source.key }];
    if (!initiativeHas) {
      await tx.initiative.update({
        where: { id: initiative.id },
        data: { sources: { connect: { id: source.id } } },
      });
      await appendChangeSet(tx, {
        entityType: "initiative",
        initiativeId: initiative.id,
        actor,
        changeSetId,
        changes: change,
        context: {
          reason: input.reason ?? `Cited source ${source.key}`,
          effectiveDate: today,
          evidenceUrl: source.url,
        },
      });
    }
    if (milestone && !milestoneHas) {
      await tx.milestone.update({
        where: { id: milestone.id },
        data: { sources: { connect: { id: source.id } } },
      });
      await appendChangeSet(tx, {
        entityType: "milestone",
        initiativeId: initiative.id,
        milestoneId: milestone.id,
        actor,
        changeSetId,
        changes: change,
        context: {
          reason: input.reason ?? `Cited source ${source.key} for "${milestone.title}"`,
          effectiveDate: today,
          evidenceUrl: source.url,
        },
      });
    }
    return {
      source: toView(source),
      initiative: initiative.slug,
      milestoneId: milestone?.id ?? null,
    };
  });
}
