import "server-only";
import type { PrismaClient } from "../db/client";
import { addDaysToDate, dayToDate, toIsoDay } from "../domain/dates";
import { isUnsourcedClaim } from "../domain/evidence";
import type { IsoDay } from "../domain/types";
import { notFound } from "../errors";
import type { ChangeEventView } from "../views/change-event";

type Filter = {
  initiativeId?: string;
  milestoneId?: string;
  entityType?: "initiative" | "milestone";
  field?: string;
  author?: string;
  from?: IsoDay;
  to?: IsoDay;
  limit: number;
};

/** Change events, newest recorded first. `author` matches a user's email or the recorded author name. */
export async function listChangeEvents(
  prisma: PrismaClient,
  filter: Filter,
): Promise<ChangeEventView[]> {
  const rows = await prisma.changeEvent.findMany({
    where: {
      initiativeId: filter.initiativeId,
      milestoneId: filter.milestoneId,
      entityType: filter.entityType,
      field: filter.field,
      ...(filter.author
        ? {
            OR: [
              { author: { email: filter.author.toLowerCase() } },
              { authorLabel: { equals: filter.author, mode: "insensitive" as const } },
            ],
          }
        : {}),
      recordedAt: {
        gte: filter.from ? dayToDate(filter.from) : undefined,
        lt: filter.to ? addDaysToDate(dayToDate(filter.to), 1) : undefined,
      },
    },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: filter.limit,
    include: {
      initiative: { select: { slug: true, title: true } },
      milestone: { select: { id: true, title: true } },
      author: { select: { name: true } },
    },
  });
  return rows.map((e) => ({
    id: e.id,
    changeSetId: e.changeSetId,
    entityType: e.entityType,
    initiative: e.initiative,
    milestone: e.milestone,
    field: e.field,
    oldValue: e.oldValue,
    newValue: e.newValue,
    effectiveDate: toIsoDay(e.effectiveDate),
    recordedAt: e.recordedAt.toISOString(),
    // Named from the user record (only admins change names), so no one can write history under
    // another name; the stored label serves only for authors without an account (the seed).
    author: e.author?.name ?? e.authorLabel,
    reason: e.reason,
    evidenceUrl: e.evidenceUrl,
    confidence: e.confidence,
    unsourced: isUnsourcedClaim(e),
  }));
}

export async function milestoneHistory(
  prisma: PrismaClient,
  milestoneId: string,
  query: { field?: string; limit: number },
) {
  const milestone = await prisma.milestone.findUnique({
    where: { id: milestoneId },
    select: { id: true, title: true },
  });
  if (!milestone) throw notFound("Milestone");
  return { milestone, events: await listChangeEvents(prisma, { milestoneId, ...query }) };
}

/** An initiative's own changes and its milestones' changes together. */
export async function initiativeHistory(
  prisma: PrismaClient,
  slug: string,
  query: { field?: string; limit: number },
) {
  const initiative = await prisma.initiative.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true },
  });
  if (!initiative) throw notFound(`Initiative "${slug}"`);
  return {
    initiative,
    events: await listChangeEvents(prisma, { initiativeId: initiative.id, ...query }),
  };
}

/** Distinct authors, for the audit filter. */
export async function listAuthors(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.changeEvent.findMany({
    distinct: ["authorLabel"],
    select: { authorLabel: true },
    orderBy: { authorLabel: "asc" },
  });
  return rows.map((r) => r.authorLabel);
}

/** The portfolio-wide audit log, filtered by person, initiative, field and recorded days. */
export async function auditLog(
  prisma: PrismaClient,
  query: {
    author?: string;
    initiative?: string;
    field?: string;
    from?: IsoDay;
    to?: IsoDay;
    limit: number;
  },
) {
  const { initiative: slug, ...rest } = query;
  const initiative = slug
    ? await prisma.initiative.findUnique({ where: { slug }, select: { id: true } })
    : null;
  if (slug && !initiative) throw notFound(`Initiative "${slug}"`);
  return { events: await listChangeEvents(prisma, { ...rest, initiativeId: initiative?.id }) };
}
