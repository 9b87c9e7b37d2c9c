import "server-only";
import type { PrismaClient } from "../../db/client";
import { addDaysIso } from "../../domain/dates";
import type { ChangeEventScope, ScopedChangeEvent } from "../../domain/report/change-events";
import { Prisma } from "../../generated/prisma/client";

/**
 * The most change events a report lists. A first report's period is the whole history, which has
 * no bound (200,000 changes take seconds to read and tens of seconds to write to a workbook), so
 * a report lists the newest this many and says how many it leaves out.
 */
export const MAX_REPORT_CHANGE_EVENTS = 20_000;

type Row = {
  initiativeId: string;
  initiative: string;
  milestoneId: string | null;
  milestone: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  effectiveDate: string;
  recordedAt: string;
  author: string;
  reason: string;
  evidenceUrl: string | null;
};

/**
 * The report's change events (its initiatives' and shown milestones' changes in its period), the
 * newest `limit` of them by the period's day, and how many there are in all, counted in SQL.
 */
export async function loadReportChangeEvents(
  prisma: PrismaClient,
  scope: ChangeEventScope,
  limit = MAX_REPORT_CHANGE_EVENTS,
): Promise<{ events: ScopedChangeEvent[]; total: number }> {
  if (scope.initiativeIds.length === 0) return { events: [], total: 0 };
  const where = scopeWhere(scope);
  const newest =
    scope.basis === "effective"
      ? Prisma.sql`e."effectiveDate" DESC, e."recordedAt" DESC, e."id" DESC`
      : Prisma.sql`e."recordedAt" DESC, e."id" DESC`;
  const [counted] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT COUNT(*)::int AS "total" FROM "change_event" e ${where}`;
  // Only the sort keys are sorted (and only the newest kept) before the wide columns are read.
  const rows =
    counted.total === 0
      ? []
      : await prisma.$queryRaw<Row[]>`
    WITH "newest" AS (
      SELECT e."id" FROM "change_event" e ${where} ORDER BY ${newest} LIMIT ${limit}
    )
    SELECT e."initiativeId", i."title" AS "initiative", e."milestoneId", m."title" AS "milestone",
      e."field", e."oldValue", e."newValue",
      to_char(e."effectiveDate", 'YYYY-MM-DD') AS "effectiveDate",
      to_char(e."recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt",
      COALESCE(u."name", e."authorLabel") AS "author", e."reason", e."evidenceUrl"
    FROM "newest" n
      JOIN "change_event" e ON e."id" = n."id"
      JOIN "initiative" i ON i."id" = e."initiativeId"
      LEFT JOIN "milestone" m ON m."id" = e."milestoneId"
      LEFT JOIN "user" u ON u."id" = e."authorId"`;
  return { events: rows, total: counted.total };
}

/** The scope as SQL; recorded days are UTC days, and the column holds UTC wall-clock time. */
function scopeWhere(scope: ChangeEventScope): Prisma.Sql {
  const conditions = [
    Prisma.sql`e."initiativeId" = ANY(${scope.initiativeIds}::text[])`,
    Prisma.sql`(e."milestoneId" IS NULL OR e."milestoneId" = ANY(${scope.milestoneIds}::text[]))`,
  ];
  if (scope.basis === "effective") {
    conditions.push(Prisma.sql`e."effectiveDate" <= ${scope.to}::date`);
    if (scope.from) conditions.push(Prisma.sql`e."effectiveDate" > ${scope.from}::date`);
  } else {
    const startOf = (day: string) => `${addDaysIso(day, 1)} 00:00:00`;
    conditions.push(Prisma.sql`e."recordedAt" < ${startOf(scope.to)}::timestamp`);
    if (scope.from)
      conditions.push(Prisma.sql`e."recordedAt" >= ${startOf(scope.from)}::timestamp`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}
