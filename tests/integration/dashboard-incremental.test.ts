import { describe, expect, it } from "vitest";
import { POST as postMilestoneRoute } from "@/app/api/initiatives/[slug]/milestones/route";
import type { PrismaClient } from "@/lib/db/client";
import { toIsoDay } from "@/lib/domain/dates";
import {
  buildPortfolioSnapshot,
  type PortfolioSnapshot,
  type SnapshotFilters,
} from "@/lib/domain/portfolio-snapshot";
import type { ReplayBasis } from "@/lib/domain/replay";
import { getPortfolioSnapshot, loadReplayEvents, loadReplayInputs } from "@/lib/server/dashboard";
import { LOOK_BACK_MS } from "@/lib/server/replay-events";
import { apiRequest, routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { untouchedMilestone } from "./support/milestones";
import { patchInitiative, patchMilestone, postStatusUpdate } from "./support/routes";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

type View = { asOf: string; basis: ReplayBasis; filters?: SnapshotFilters };
const VIEWS: View[] = [
  { asOf: TODAY, basis: "effective" },
  { asOf: TODAY, basis: "recorded" },
  { asOf: "2026-06-30", basis: "effective" },
  { asOf: "2026-09-30", basis: "recorded", filters: { side: "korea" } },
  { asOf: TODAY, basis: "effective", filters: { kind: "mou" } },
];

/**
 * The snapshot built from scratch, with nothing kept from earlier reads: every row read through
 * Prisma (as the loader did before it kept anything), the events in the order the table gives them.
 */
async function fromScratch(prisma: PrismaClient, view: View): Promise<PortfolioSnapshot> {
  const [initiatives, milestones, events, updates] = await Promise.all([
    prisma.initiative.findMany({ orderBy: [{ position: "asc" }, { title: "asc" }] }),
    prisma.milestone.findMany({ include: { workstream: { select: { name: true } } } }),
    loadReplayEvents(prisma),
    prisma.statusUpdate.findMany(),
  ]);
  return buildPortfolioSnapshot({
    initiatives: initiatives.map((i) => ({
      id: i.id,
      slug: i.slug,
      title: i.title,
      kind: i.kind,
      launchDate: toIsoDay(i.launchDate),
      targetStart: toIsoDay(i.targetStart),
      targetEnd: toIsoDay(i.targetEnd),
      targetLabel: i.targetLabel,
      targetKind: i.targetKind,
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      initiativeId: m.initiativeId,
      title: m.title,
      provenance: m.provenance,
      workstream: m.workstream?.name ?? null,
    })),
    events,
    updates: updates.map((u) => ({
      initiativeId: u.initiativeId,
      effectiveDate: toIsoDay(u.effectiveDate),
      recordedAt: u.recordedAt,
      summary: u.body,
    })),
    ...view,
  });
}

/** Every view the app serves now equals the view built from scratch. */
async function expectEveryViewExact(prisma: PrismaClient = db.prisma) {
  for (const view of VIEWS)
    expect(await getPortfolioSnapshot(prisma, view)).toEqual(await fromScratch(prisma, view));
}

const heldEvents = async () => (await loadReplayInputs(db.prisma)).events;
const rowsOf = async (view: View) =>
  new Map((await getPortfolioSnapshot(db.prisma, view)).initiatives.map((i) => [i.id, i]));

describe("the dashboard after writes: read and worked out incrementally, yet exact", () => {
  it("serves the seeded portfolio as a build from scratch gives it", async () => {
    await expectEveryViewExact();
  });

  it("after a milestone change reads only the new events and works out only its initiative again", async () => {
    const m = await untouchedMilestone(db.prisma);
    const eventsBefore = await heldEvents();
    const rowsBefore = await rowsOf(VIEWS[0]);
    const res = await patchMilestone(tokens.analyst, m.id, {
      version: m.version,
      status: "in_progress",
      percentComplete: 15,
      reason: "Work began",
    });
    expect(res.status).toBe(200);
    await expectEveryViewExact();

    const eventsAfter = await heldEvents();
    expect(eventsAfter).toHaveLength(eventsBefore.length + 2);
    const kept = new Set(eventsAfter);
    expect(eventsBefore.every((e) => kept.has(e))).toBe(true);
    const rowsAfter = await rowsOf(VIEWS[0]);
    expect(rowsAfter.size).toBe(rowsBefore.size);
    for (const [id, row] of rowsAfter)
      if (id === m.initiativeId) expect(row).not.toBe(rowsBefore.get(id));
      else expect(row).toBe(rowsBefore.get(id));
  });

  it("stays exact after a dated change, a status update, a window change and a new milestone", async () => {
    const m = await untouchedMilestone(db.prisma, { skip: 3 });
    const dated = await patchMilestone(tokens.analyst, m.id, {
      version: m.version,
      plannedDate: "2027-01-15",
      reason: "Slipped, known since November",
      effectiveDate: "2026-11-02",
      evidenceUrl: "https://example.org/slip",
    });
    expect(dated.status).toBe(200);
    await expectEveryViewExact();

    const initiative = await db.prisma.initiative.findFirstOrThrow({
      orderBy: { position: "asc" },
    });
    const update = await postStatusUpdate(tokens.analyst, initiative.slug, {
      health: initiative.health === "at_risk" ? "off_track" : "at_risk",
      body: "Talks stalled this week.\nMore on the next round.",
    });
    expect(update.status).toBe(201);
    await expectEveryViewExact();

    const current = await db.prisma.initiative.findUniqueOrThrow({ where: { id: initiative.id } });
    const windowed = await patchInitiative(tokens.analyst, initiative.slug, {
      version: current.version,
      targetEnd: "2027-06-30",
      reason: "New target agreed",
    });
    expect(windowed.status).toBe(200);
    await expectEveryViewExact();

    const workstream = await db.prisma.workstream.findFirst({
      where: { initiativeId: initiative.id },
    });
    const added = await postMilestoneRoute(
      apiRequest(`/api/initiatives/${initiative.slug}/milestones`, {
        method: "POST",
        token: tokens.analyst,
        body: {
          title: "Joint committee meets",
          side: "korea",
          workstream: workstream?.name ?? null,
          baselineDate: "2026-12-15",
          provenance: "planned_estimate",
          reason: "Agreed at the last round",
        },
      }),
      routeParams({ slug: initiative.slug }),
    );
    expect(added.status).toBe(201);
    await expectEveryViewExact();
  });

  it("sees a change to a row that no event records (a title edited by hand)", async () => {
    const m = await untouchedMilestone(db.prisma, { skip: 5 });
    await db.prisma
      .$executeRaw`UPDATE "milestone" SET "title" = ${"Renamed by hand"} WHERE "id" = ${m.id}`;
    await expectEveryViewExact();
    const timeline = (await getPortfolioSnapshot(db.prisma, VIEWS[0])).initiatives.flatMap(
      (i) => i.timeline,
    );
    expect(timeline.find((t) => t.id === m.id)?.title).toBe("Renamed by hand");
  });

  it("reads everything again when an event turns up recorded before the look-back", async () => {
    const m = await untouchedMilestone(db.prisma, { skip: 7 });
    const eventsBefore = await heldEvents();
    const newest = Math.max(...eventsBefore.map((e) => e.recordedAt.getTime()), Date.now());
    // Committed late, stamped long ago: only the count and checksum can tell it was missed.
    const stamped = new Date(newest - 2 * LOOK_BACK_MS);
    await db.prisma.$executeRaw`
      INSERT INTO "change_event" ("id", "changeSetId", "entityType", "initiativeId", "milestoneId",
        "field", "oldValue", "newValue", "effectiveDate", "recordedAt", "authorLabel", "reason")
      VALUES ('late-event', 'late-set', 'milestone', ${m.initiativeId}, ${m.id}, 'status',
        'not_started', 'blocked', ${TODAY}::date, ${stamped.toISOString().slice(0, 23)}::timestamp,
        'Importer', 'Committed late')`;
    await expectEveryViewExact();

    const eventsAfter = await heldEvents();
    expect(eventsAfter).toHaveLength(eventsBefore.length + 1);
    // Read again from the table: none of the objects held before is reused.
    const before = new Set(eventsBefore);
    expect(eventsAfter.some((e) => before.has(e))).toBe(false);
    const timeline = (await getPortfolioSnapshot(db.prisma, VIEWS[0])).initiatives.flatMap(
      (i) => i.timeline,
    );
    expect(timeline.find((t) => t.id === m.id)?.status).toBe("blocked");
  });

  it("keeps what a transaction saw to the transaction, and stays exact after it rolls back", async () => {
    const m = await untouchedMilestone(db.prisma, { skip: 9 });
    await expectEveryViewExact();
    await expect(
      db.prisma.$transaction(async (tx) => {
        const inTx = tx as unknown as PrismaClient;
        await inTx.$executeRaw`
          INSERT INTO "change_event" ("id", "changeSetId", "entityType", "initiativeId",
            "milestoneId", "field", "oldValue", "newValue", "effectiveDate", "recordedAt",
            "authorLabel", "reason")
          VALUES ('rolled-back', 'rolled-back-set', 'milestone', ${m.initiativeId}, ${m.id},
            'status', 'not_started', 'done', ${TODAY}::date, now()::timestamp, 'Nobody', 'Never')`;
        const inside = await getPortfolioSnapshot(inTx, VIEWS[0]);
        expect(inside).toEqual(await fromScratch(inTx, VIEWS[0]));
        const status = inside.initiatives.flatMap((i) => i.timeline).find((t) => t.id === m.id);
        expect(status?.status).toBe("done");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await expectEveryViewExact();
    expect(await heldEvents()).toHaveLength(await db.prisma.changeEvent.count());
  });
});
