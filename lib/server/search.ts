import "server-only";
import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import type { Health, MilestoneStatus } from "../domain/types";
import type { SearchResults, SourceHit } from "../views/search";

/** The most hits listed per group; the group says how many more there are. */
export const SEARCH_GROUP_LIMIT = 20;
const EXCERPT_CHARS = 180;

/**
 * A case-insensitive "contains" filter (ILIKE on PostgreSQL and PGlite). Prisma passes the value
 * into the pattern as it is, so the value's own \, % and _ are escaped to be taken literally.
 */
function containing(q: string) {
  return { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}

/** About `length` characters of `text` around the first place `q` occurs (its start if nowhere). */
export function excerptAround(text: string, q: string, length = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const at = Math.max(0, flat.toLowerCase().indexOf(q.toLowerCase()));
  const start = Math.max(0, Math.min(at - Math.floor(length / 3), flat.length - length));
  const end = Math.min(flat.length, start + length);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end).trim()}${end < flat.length ? "…" : ""}`;
}

const INITIATIVE_REF = { select: { slug: true, title: true } } as const;

/**
 * Initiatives, milestones, status updates and sources whose text contains `q` (already trimmed and
 * bounded by ZSearchText), at most SEARCH_GROUP_LIMIT of each with each group's full count.
 */
export async function searchPortfolio(prisma: PrismaClient, q: string): Promise<SearchResults> {
  const text = containing(q);
  const initiativeWhere = { OR: [{ title: text }, { summary: text }, { owner: text }] };
  const milestoneWhere = { OR: [{ title: text }, { description: text }] };
  const updateWhere = { body: text };
  const sourceWhere = {
    OR: [{ title: text }, { publisher: text }, { note: text }, { url: text }],
  };
  const take = SEARCH_GROUP_LIMIT;
  const [initiatives, initiativeCount, milestones, milestoneCount] = await Promise.all([
    prisma.initiative.findMany({
      where: initiativeWhere,
      select: { slug: true, title: true, summary: true },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
      take,
    }),
    prisma.initiative.count({ where: initiativeWhere }),
    prisma.milestone.findMany({
      where: milestoneWhere,
      select: {
        id: true,
        title: true,
        status: true,
        plannedDate: true,
        initiative: INITIATIVE_REF,
      },
      orderBy: [{ initiative: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
      take,
    }),
    prisma.milestone.count({ where: milestoneWhere }),
  ]);
  const [updates, updateCount, sources, sourceCount] = await Promise.all([
    prisma.statusUpdate.findMany({
      where: updateWhere,
      select: {
        id: true,
        health: true,
        body: true,
        effectiveDate: true,
        initiative: INITIATIVE_REF,
      },
      orderBy: [{ effectiveDate: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      take,
    }),
    prisma.statusUpdate.count({ where: updateWhere }),
    prisma.source.findMany({
      where: sourceWhere,
      select: {
        id: true,
        title: true,
        url: true,
        publisher: true,
        publishedOn: true,
        initiatives: { ...INITIATIVE_REF, orderBy: { position: "asc" } },
        milestones: {
          select: { initiative: { select: { slug: true, title: true, position: true } } },
        },
        targetFor: { select: { slug: true, title: true, position: true } },
      },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take,
    }),
    prisma.source.count({ where: sourceWhere }),
  ]);
  return {
    q,
    initiatives: {
      total: initiativeCount,
      items: initiatives.map((i) => ({
        slug: i.slug,
        title: i.title,
        excerpt: excerptAround(i.summary, q),
      })),
    },
    milestones: {
      total: milestoneCount,
      items: milestones.map((m) => ({
        id: m.id,
        title: m.title,
        status: m.status as MilestoneStatus,
        plannedDate: toIsoDay(m.plannedDate),
        initiative: m.initiative,
      })),
    },
    statusUpdates: {
      total: updateCount,
      items: updates.map((u) => ({
        id: u.id,
        health: u.health as Health,
        effectiveDate: toIsoDay(u.effectiveDate),
        excerpt: excerptAround(u.body, q),
        initiative: u.initiative,
      })),
    },
    sources: { total: sourceCount, items: sources.map(sourceHit) },
  };
}

type SourceRow = Omit<SourceHit, "initiatives" | "publishedOn"> & {
  publishedOn: Date | null;
  initiatives: { slug: string; title: string }[];
  milestones: { initiative: { slug: string; title: string; position: number } }[];
  targetFor: { slug: string; title: string; position: number }[];
};

/** A source with every initiative that cites it: directly, on a milestone or for its window. */
function sourceHit(s: SourceRow): SourceHit {
  const byOrder = [...s.milestones.map((m) => m.initiative), ...s.targetFor].sort(
    (a, b) => a.position - b.position,
  );
  const initiatives = new Map<string, { slug: string; title: string }>();
  for (const i of [...s.initiatives, ...byOrder])
    if (!initiatives.has(i.slug)) initiatives.set(i.slug, { slug: i.slug, title: i.title });
  return {
    id: s.id,
    title: s.title,
    url: s.url,
    publisher: s.publisher,
    publishedOn: s.publishedOn ? toIsoDay(s.publishedOn) : null,
    initiatives: [...initiatives.values()],
  };
}
