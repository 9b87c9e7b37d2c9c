import "server-only";
import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { ReplayHistory, type ReplayEvent } from "../domain/replay";

/**
 * How far back from the newest event held a refresh looks again for events it has not seen: an
 * event is stamped before its transaction commits, and app servers' clocks differ a little. One
 * that commits later still is caught by the count and checksum (then everything is read again).
 */
export const LOOK_BACK_MS = 5 * 60_000;

/** What a client holds of the table change_event. */
type Held = {
  history: ReplayHistory;
  /** How many rows, and the sum of hashtext(id) over them, as the database works it out. */
  count: number;
  checksum: bigint;
  newestMs: number;
  /** Recorded time (ms) of each event held that the next refresh reads again, by id. */
  recent: Map<string, number>;
};

type EventRow = {
  id: string;
  checksum: number;
  entityType: "initiative" | "milestone";
  initiativeId: string;
  milestoneId: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  effectiveDay: string;
  recordedAtIso: string;
  evidenceUrl: string | null;
};

// Dates leave the database as text, so every driver (pg, PGlite) hands back the same values.
const eventColumns = (table: string) =>
  Prisma.raw(`${table}"id", hashtext(${table}"id") AS "checksum",
  ${table}"entityType"::text AS "entityType", ${table}"initiativeId", ${table}"milestoneId",
  ${table}"field", ${table}"oldValue", ${table}"newValue",
  to_char(${table}"effectiveDate", 'YYYY-MM-DD') AS "effectiveDay",
  to_char(${table}"recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAtIso",
  ${table}"evidenceUrl"`);

/** One statement, so one snapshot: the table's count and checksum, and the rows since `since`. */
const recentEvents = (since: string) => Prisma.sql`WITH totals AS (
    SELECT count(*)::int AS "total", coalesce(sum(hashtext("id")), 0)::text AS "totalChecksum"
    FROM "change_event"
  )
  SELECT totals."total", totals."totalChecksum", ${eventColumns("e.")}
  FROM totals LEFT JOIN "change_event" e ON e."recordedAt" >= ${since}::timestamp
  ORDER BY e.ctid`;

const held = new WeakMap<object, Promise<Held | null>>();

/**
 * Every change event, in replay order and by initiative, as the database holds them now. The
 * history is append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), so a client keeps what it
 * read and, when asked again, reads only the rows recorded lately and merges the new ones in. It
 * then checks that what it holds is exactly the table (the same count and the same sum of row-id
 * hashes, read in the same statement as the new rows); on any difference (an event committed
 * later than the look-back, a restored database) it reads the whole table again.
 *
 * Each client keeps its own: a transaction's client sees its own uncommitted rows, so what it
 * holds is never used by another. Refreshes of one client run one at a time.
 */
export function loadReplayHistory(prisma: PrismaClient): Promise<ReplayHistory> {
  const before = held.get(prisma) ?? Promise.resolve(null);
  const refreshed = before.then((known) => refresh(prisma, known));
  held.set(
    prisma,
    refreshed.catch(() => before),
  );
  return refreshed.then((h) => h.history);
}

type RecentRow = { total: number; totalChecksum: string } & (EventRow | { id: null });

async function refresh(prisma: PrismaClient, known: Held | null): Promise<Held> {
  if (!known) return readAll(prisma);
  const since = lookBackFrom(known.newestMs);
  const rows = await prisma.$queryRaw<RecentRow[]>(
    recentEvents(new Date(since).toISOString().slice(0, 23)),
  );
  const recentRows = rows.filter((r): r is RecentRow & EventRow => r.id !== null);
  const added = recentRows.filter((r) => !known.recent.has(r.id));
  const count = known.count + added.length;
  const checksum = added.reduce((sum, r) => sum + BigInt(r.checksum), known.checksum);
  const [totals] = rows;
  if (count !== totals.total || checksum !== BigInt(totals.totalChecksum)) return readAll(prisma);
  if (added.length === 0) return known;
  return hold(known.history.with(added.map(toReplayEvent)), count, checksum, [
    ...known.recent,
    ...added.map((r) => [r.id, Date.parse(r.recordedAtIso)] as const),
  ]);
}

async function readAll(prisma: PrismaClient): Promise<Held> {
  const rows = await prisma.$queryRaw<EventRow[]>`
    SELECT ${eventColumns("")} FROM "change_event"`;
  const events = rows.map(toReplayEvent);
  let checksum = 0n;
  for (const row of rows) checksum += BigInt(row.checksum);
  const recorded = rows.map((r, i) => [r.id, events[i].recordedAt.getTime()] as const);
  return hold(ReplayHistory.of(events), rows.length, checksum, recorded);
}

/** What to keep, with the ids of the events recorded since the next refresh's look-back. */
function hold(
  history: ReplayHistory,
  count: number,
  checksum: bigint,
  recorded: readonly (readonly [string, number])[],
): Held {
  let newestMs = 0;
  for (const [, ms] of recorded) if (ms > newestMs) newestMs = ms;
  const since = lookBackFrom(newestMs);
  const recent = new Map<string, number>();
  for (const [id, ms] of recorded) if (ms >= since) recent.set(id, ms);
  return { history, count, checksum, newestMs, recent };
}

/**
 * Where a refresh starts looking: before the newest event held, or before now if that is later
 * than now (a clock ahead). Never earlier than the last time, so `recent` always holds every event
 * the next refresh reads that is held already.
 */
function lookBackFrom(newestMs: number): number {
  return Math.min(newestMs, Date.now()) - LOOK_BACK_MS;
}

/** A row as replay reads it; the same fields, in the same order, as loadReplayEvents gives. */
function toReplayEvent(row: EventRow): ReplayEvent {
  return {
    entityType: row.entityType,
    entityId: row.milestoneId ?? row.initiativeId,
    initiativeId: row.initiativeId,
    field: row.field,
    oldValue: row.oldValue,
    newValue: row.newValue,
    effectiveDate: row.effectiveDay,
    recordedAt: new Date(row.recordedAtIso),
    recordedDay: row.recordedAtIso.slice(0, 10),
    evidenceUrl: row.evidenceUrl,
  };
}
