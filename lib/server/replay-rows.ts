import "server-only";
import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import type { InitiativeMeta, MilestoneMeta, UpdateMeta } from "../domain/portfolio-snapshot";

type Rows = { initiatives: InitiativeMeta[]; milestones: MilestoneMeta[]; updates: UpdateMeta[] };
type Known = { [K in keyof Rows]: Map<string, Rows[K][number]> };
type UpdateRow = {
  id: string;
  initiativeId: string;
  effectiveDay: string;
  recordedAtIso: string;
  body: string;
};

const known = new WeakMap<object, Known>();

/**
 * The initiative, milestone and status update rows replay needs, read whole each time. A row that
 * has not changed since this client last read it comes back as the very same object, so whatever
 * was computed from it (lib/domain/portfolio-snapshot SnapshotParts) can be told still to hold.
 */
export async function readReplayRows(prisma: PrismaClient): Promise<Rows> {
  const [initiatives, milestones, updates] = await Promise.all([
    prisma.initiative.findMany({
      orderBy: [{ position: "asc" }, { title: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        launchDate: true,
        targetStart: true,
        targetEnd: true,
        targetLabel: true,
        targetKind: true,
      },
    }),
    // One statement: each milestone with its workstream's name as of the same moment.
    prisma.$queryRaw<(MilestoneMeta & { id: string })[]>`
      SELECT m."id", m."initiativeId", m."title", m."provenance"::text AS "provenance",
        w."name" AS "workstream"
      FROM "milestone" m LEFT JOIN "workstream" w ON w."id" = m."workstreamId"`,
    // Dates leave the database as text (as in history.ts): far cheaper here than Date columns.
    prisma.$queryRaw<UpdateRow[]>`
      SELECT "id", "initiativeId", to_char("effectiveDate", 'YYYY-MM-DD') AS "effectiveDay",
        to_char("recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAtIso", "body"
      FROM "status_update"`,
  ]);
  const before = known.get(prisma);
  const now: Known = { initiatives: new Map(), milestones: new Map(), updates: new Map() };
  const rows: Rows = {
    initiatives: initiatives.map((i) =>
      same(before?.initiatives, now.initiatives, i.id, {
        id: i.id,
        slug: i.slug,
        title: i.title,
        kind: i.kind,
        launchDate: toIsoDay(i.launchDate),
        targetStart: toIsoDay(i.targetStart),
        targetEnd: toIsoDay(i.targetEnd),
        targetLabel: i.targetLabel,
        targetKind: i.targetKind,
      }),
    ),
    milestones: milestones.map((m) =>
      same(before?.milestones, now.milestones, m.id, {
        id: m.id,
        initiativeId: m.initiativeId,
        title: m.title,
        provenance: m.provenance,
        workstream: m.workstream ?? null,
      }),
    ),
    updates: updates.map((u) =>
      same(before?.updates, now.updates, u.id, {
        initiativeId: u.initiativeId,
        effectiveDate: u.effectiveDay,
        recordedAt: new Date(u.recordedAtIso),
        summary: u.body,
      }),
    ),
  };
  known.set(prisma, now);
  return rows;
}

/** `row`, or the object read last time for the same id when that holds the same values. */
function same<T extends object>(
  before: Map<string, T> | undefined,
  now: Map<string, T>,
  id: string,
  row: T,
): T {
  const earlier = before?.get(id);
  const kept = earlier && sameValues(earlier, row) ? earlier : row;
  now.set(id, kept);
  return kept;
}

/** The same own fields with the same values (dates by their time). */
function sameValues(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => {
    const [v, w] = [x[key], y[key]];
    if (v instanceof Date) return w instanceof Date && v.getTime() === w.getTime();
    return Object.is(v, w) && Object.hasOwn(y, key);
  });
}
