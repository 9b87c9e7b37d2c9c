import "server-only";
import type { PrismaClient } from "../db/client";
import { writeSafeCsv } from "../domain/csv-import";
import { addDaysToDate, dayToDate, toIsoDay } from "../domain/dates";
import { isUnsourcedClaim } from "../domain/evidence";
import type { Confidence, IsoDay } from "../domain/types";
import { AppError, notFound } from "../errors";
import { FIELD_LABELS } from "../field-labels";
import { Prisma } from "../generated/prisma/client";
import type { AuditFilter } from "../validation/audit";
import type { ChangeEventView } from "../views/change-event";
import type { AuditPageView, ChangeSetView } from "../views/change-set";

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

/** Distinct authors, for the audit filter (grouped in SQL, not read event by event). */
export async function listAuthors(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.changeEvent.groupBy({
    by: ["authorLabel"],
    orderBy: { authorLabel: "asc" },
  });
  return rows.map((r) => r.authorLabel);
}

// ——— The audit table: change sets filtered, counted and paged in SQL ———

/** The most field changes one CSV export holds; a larger selection must be narrowed first. */
export const MAX_AUDIT_EXPORT_EVENTS = 20_000;

type AuditRow = {
  id: string;
  changeSetId: string;
  entityType: "initiative" | "milestone";
  initiativeSlug: string;
  initiativeTitle: string;
  milestoneId: string | null;
  milestoneTitle: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  effectiveDay: string;
  recordedAtIso: string;
  author: string;
  reason: string;
  evidenceUrl: string | null;
  confidence: Confidence | null;
};

// Dates leave the database as text, so every driver (pg, PGlite) hands back the same values.
const AUDIT_COLUMNS = Prisma.sql`e."id", e."changeSetId", e."entityType"::text AS "entityType",
  i."slug" AS "initiativeSlug", i."title" AS "initiativeTitle",
  e."milestoneId", m."title" AS "milestoneTitle",
  e."field", e."oldValue", e."newValue",
  to_char(e."effectiveDate", 'YYYY-MM-DD') AS "effectiveDay",
  to_char(e."recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAtIso",
  COALESCE(u."name", e."authorLabel") AS "author",
  e."reason", e."evidenceUrl", e."confidence"::text AS "confidence"`;

const AUDIT_FROM = Prisma.sql`FROM "change_event" e
  JOIN "initiative" i ON i."id" = e."initiativeId"
  LEFT JOIN "milestone" m ON m."id" = e."milestoneId"
  LEFT JOIN "user" u ON u."id" = e."authorId"`;

/** `text` as a LIKE pattern matching it anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/** Event-level conditions: a change set shows the events that match, grouped. */
function auditWhere(filter: AuditFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.initiative) conditions.push(Prisma.sql`i."slug" = ${filter.initiative}`);
  if (filter.field) conditions.push(Prisma.sql`e."field" = ${filter.field}`);
  if (filter.author) {
    conditions.push(
      Prisma.sql`(u."email" = ${filter.author.toLowerCase()} OR LOWER(e."authorLabel") = LOWER(${filter.author}))`,
    );
  }
  // Recorded days are UTC days, as the list shows them; the column holds UTC wall-clock time.
  if (filter.from)
    conditions.push(Prisma.sql`e."recordedAt" >= ${`${filter.from} 00:00:00`}::timestamp`);
  if (filter.to) {
    const next = toIsoDay(addDaysToDate(dayToDate(filter.to), 1));
    conditions.push(Prisma.sql`e."recordedAt" < ${`${next} 00:00:00`}::timestamp`);
  }
  if (filter.q) conditions.push(textMatches(filter.q));
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Words found in the entity's title, a value, the reason or the author, or a field's label. */
function textMatches(q: string): Prisma.Sql {
  const pattern = containsPattern(q);
  const columns = [
    Prisma.sql`i."title"`,
    Prisma.sql`m."title"`,
    Prisma.sql`e."oldValue"`,
    Prisma.sql`e."newValue"`,
    Prisma.sql`e."reason"`,
    Prisma.sql`e."authorLabel"`,
    Prisma.sql`u."name"`,
    Prisma.sql`u."email"`,
  ];
  const matches = columns.map((column) => Prisma.sql`${column} ILIKE ${pattern}`);
  const needle = q.toLowerCase();
  const fields = Object.entries(FIELD_LABELS)
    .filter(([, label]) => label.toLowerCase().includes(needle))
    .map(([field]) => field);
  if (fields.length) matches.push(Prisma.sql`e."field" IN (${Prisma.join(fields)})`);
  return Prisma.sql`(${Prisma.join(matches, " OR ")})`;
}

function auditEventView(row: AuditRow): ChangeEventView {
  return {
    id: row.id,
    changeSetId: row.changeSetId,
    entityType: row.entityType,
    initiative: { slug: row.initiativeSlug, title: row.initiativeTitle },
    milestone:
      row.milestoneId && row.milestoneTitle !== null
        ? { id: row.milestoneId, title: row.milestoneTitle }
        : null,
    field: row.field,
    oldValue: row.oldValue,
    newValue: row.newValue,
    effectiveDate: row.effectiveDay,
    recordedAt: row.recordedAtIso,
    author: row.author,
    reason: row.reason,
    evidenceUrl: row.evidenceUrl,
    confidence: row.confidence,
    unsourced: isUnsourcedClaim(row),
  };
}

/** Consecutive events of one change set as one change; its summary is its newest event's. */
export function groupChangeSets(events: ChangeEventView[]): ChangeSetView[] {
  const sets: ChangeSetView[] = [];
  for (const event of events) {
    const last = sets.at(-1);
    if (last?.changeSetId === event.changeSetId) {
      last.events.push(event);
      continue;
    }
    sets.push({
      changeSetId: event.changeSetId,
      recordedAt: event.recordedAt,
      effectiveDate: event.effectiveDate,
      author: event.author,
      reason: event.reason,
      evidenceUrl: event.evidenceUrl,
      confidence: event.confidence,
      events: [event],
    });
  }
  return sets;
}

async function assertInitiativeExists(prisma: PrismaClient, slug: string | undefined) {
  if (slug && !(await prisma.initiative.findUnique({ where: { slug }, select: { id: true } })))
    throw notFound(`Initiative "${slug}"`);
}

/**
 * One page of the audit table: the changes (change sets) with an event matching every filter,
 * newest recorded first, each with its matching events. Counting and paging happen in SQL.
 */
export async function auditPage(
  prisma: PrismaClient,
  query: AuditFilter & { page: number; pageSize: number },
): Promise<AuditPageView> {
  const { page, pageSize, ...filter } = query;
  await assertInitiativeExists(prisma, filter.initiative);
  const where = auditWhere(filter);
  const [counts] = await prisma.$queryRaw<{ sets: number; events: number }[]>`
    SELECT COUNT(DISTINCT e."changeSetId")::int AS "sets", COUNT(*)::int AS "events"
    ${AUDIT_FROM} ${where}`;
  const rows = await prisma.$queryRaw<AuditRow[]>`
    WITH "page" AS (
      SELECT e."changeSetId", MAX(e."recordedAt") AS "last"
      ${AUDIT_FROM} ${where}
      GROUP BY e."changeSetId"
      ORDER BY "last" DESC, e."changeSetId" DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT ${AUDIT_COLUMNS}
    ${AUDIT_FROM}
    JOIN "page" p ON p."changeSetId" = e."changeSetId"
    ${where}
    ORDER BY p."last" DESC, p."changeSetId" DESC, e."recordedAt" DESC, e."id" DESC`;
  const events = rows.map(auditEventView);
  return {
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(counts.sets / pageSize)),
    total: counts.sets,
    totalEvents: counts.events,
    changeSets: groupChangeSets(events),
    events,
  };
}

const AUDIT_CSV_COLUMNS = [
  "recorded_at_utc",
  "change_id",
  "author",
  "initiative_slug",
  "initiative",
  "milestone_id",
  "milestone",
  "field",
  "old_value",
  "new_value",
  "effective_date",
  "reason",
  "evidence_url",
  "confidence",
] as const;

/** Every field change the filters select, in the table's order, as a CSV file (one event a row). */
export async function auditCsv(prisma: PrismaClient, filter: AuditFilter): Promise<string> {
  await assertInitiativeExists(prisma, filter.initiative);
  const rows = await prisma.$queryRaw<AuditRow[]>`
    SELECT ${AUDIT_COLUMNS},
      MAX(e."recordedAt") OVER (PARTITION BY e."changeSetId") AS "setLast"
    ${AUDIT_FROM} ${auditWhere(filter)}
    ORDER BY "setLast" DESC, e."changeSetId" DESC, e."recordedAt" DESC, e."id" DESC
    LIMIT ${MAX_AUDIT_EXPORT_EVENTS + 1}`;
  if (rows.length > MAX_AUDIT_EXPORT_EVENTS) {
    throw new AppError(
      400,
      `The export holds at most ${MAX_AUDIT_EXPORT_EVENTS.toLocaleString("en")} field changes and these filters select more; narrow them (a shorter date range) and export in parts.`,
    );
  }
  return writeSafeCsv(
    AUDIT_CSV_COLUMNS,
    rows.map((r) => [
      r.recordedAtIso,
      r.changeSetId,
      r.author,
      r.initiativeSlug,
      r.initiativeTitle,
      r.milestoneId ?? "",
      r.milestoneTitle ?? "",
      r.field,
      r.oldValue ?? "",
      r.newValue ?? "",
      r.effectiveDay,
      r.reason,
      r.evidenceUrl ?? "",
      r.confidence ?? "",
    ]),
  );
}
