import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importCsv } from "@/app/api/import/milestones/route";
import { PATCH as patchInitiative } from "@/app/api/initiatives/[slug]/route";
import { POST as postUpdate } from "@/app/api/initiatives/[slug]/updates/route";
import { POST as rebaseline } from "@/app/api/milestones/[id]/rebaseline/route";
import { PATCH as patchMilestone } from "@/app/api/milestones/[id]/route";
import { toIsoDay, todayIsoDay } from "@/lib/domain/dates";
import { replay } from "@/lib/domain/replay";
import type { Role } from "@/lib/domain/types";
import { seedPortfolio } from "@/prisma/seed/write";
import { apiRequest, createRoleTokens, routeParams } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let db: TestDatabase;
let tokens: Record<Role, string>;
const today = todayIsoDay();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedPortfolio(db.prisma);
  tokens = await createRoleTokens(db);
});
afterAll(() => db?.close());

/** Replays every stored event to today and compares with every stored row. */
async function expectRowsEqualReplay() {
  const events = await db.prisma.changeEvent.findMany();
  const state = replay(
    events.map((e) => ({
      ...e,
      entityId: e.milestoneId ?? e.initiativeId,
      effectiveDate: toIsoDay(e.effectiveDate),
    })),
    today,
  );
  for (const m of await db.prisma.milestone.findMany()) {
    expect(state.milestones.get(m.id), m.title).toMatchObject({
      status: m.status,
      percentComplete: m.percentComplete,
      baselineDate: toIsoDay(m.baselineDate),
      plannedDate: toIsoDay(m.plannedDate),
      actualDate: m.actualDate ? toIsoDay(m.actualDate) : null,
      side: m.side,
      weight: m.weight,
    });
  }
  for (const i of await db.prisma.initiative.findMany()) {
    expect(state.initiatives.get(i.id), i.slug).toMatchObject({
      lifecycleStatus: i.lifecycleStatus,
      health: i.health,
    });
  }
}

const patch = (id: string, body: unknown) =>
  patchMilestone(
    apiRequest(`/api/milestones/${id}`, { method: "PATCH", token: tokens.analyst, body }),
    routeParams({ id }),
  );

describe("stored rows and replayed history agree after every kind of write", () => {
  it("holds for the seed", expectRowsEqualReplay);

  it("refuses a change dated before the last change to the same field, writing nothing", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow({
      where: { status: "in_progress" },
      orderBy: { id: "asc" },
    });
    const latest = await db.prisma.changeEvent.findFirstOrThrow({
      where: { milestoneId: m.id, field: { in: ["status", "created"] } },
      orderBy: { effectiveDate: "desc" },
    });
    const before = await db.prisma.changeEvent.count();
    const res = await patch(m.id, {
      version: m.version,
      status: "blocked",
      reason: "Backdated",
      effectiveDate: "2026-03-01",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.effectiveDate[0]).toContain(
      toIsoDay(latest.effectiveDate),
    );
    expect(await db.prisma.changeEvent.count()).toBe(before);
  });

  it("accepts a backdated change to a field with no later change", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow({
      where: { status: "in_progress" },
      orderBy: { id: "desc" },
    });
    const res = await patch(m.id, {
      version: m.version,
      side: m.side === "korea" ? "singapore" : "korea",
      reason: "Lead side was recorded wrongly",
      effectiveDate: "2026-11-01",
    });
    expect(res.status).toBe(200);
    await expectRowsEqualReplay();
  });

  it("holds after PATCH, re-baseline, initiative edits, status updates and CSV import", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow({
      where: { status: "not_started" },
      orderBy: { id: "asc" },
    });
    expect(
      (
        await patch(m.id, {
          version: m.version,
          status: "in_progress",
          percentComplete: 10,
          reason: "Started",
        })
      ).status,
    ).toBe(200);
    const rb = await rebaseline(
      apiRequest(`/api/milestones/${m.id}/rebaseline`, {
        method: "POST",
        token: tokens.analyst,
        body: { version: m.version + 1, baselineDate: "2027-01-15", reason: "New calendar" },
      }),
      routeParams({ id: m.id }),
    );
    expect(rb.status).toBe(200);

    const initiative = await db.prisma.initiative.findFirstOrThrow({
      where: { id: m.initiativeId },
    });
    const ip = await patchInitiative(
      apiRequest(`/api/initiatives/${initiative.slug}`, {
        method: "PATCH",
        token: tokens.analyst,
        body: { version: initiative.version, lifecycleStatus: "on_hold", reason: "Talks paused" },
      }),
      routeParams({ slug: initiative.slug }),
    );
    expect(ip.status).toBe(200);
    const newHealth = initiative.health === "off_track" ? "at_risk" : "off_track";
    const up = await postUpdate(
      apiRequest(`/api/initiatives/${initiative.slug}/updates`, {
        method: "POST",
        token: tokens.analyst,
        body: { health: newHealth, body: "Weekly brief: talks paused pending a new calendar." },
      }),
      routeParams({ slug: initiative.slug }),
    );
    expect(up.status).toBe(201);
    expect(
      (await db.prisma.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).health,
    ).toBe(newHealth);

    const header =
      "initiative_slug,milestone_id,version,title,description,side,workstream,baseline_date,planned_date,actual_date,status,percent_complete,weight,provenance,reason,effective_date,evidence_url,confidence";
    const csv = `${header}\n${initiative.slug},,,Consistency check milestone,,joint,,2027-03-01,,,in_progress,20,2,planned_estimate,Imported,,,low\n`;
    const res = await importCsv(
      new Request("http://localhost/api/import/milestones", {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "text/csv" },
        body: csv,
      }),
      routeParams({}),
    );
    expect(res.status).toBe(200);
    await expectRowsEqualReplay();
  });

  it("keeps the newer health when a status update is backdated before the last health change", async () => {
    const initiative = await db.prisma.initiative.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const other = initiative.health === "on_track" ? "off_track" : "on_track";
    const res = await postUpdate(
      apiRequest(`/api/initiatives/${initiative.slug}/updates`, {
        method: "POST",
        token: tokens.analyst,
        body: {
          health: other,
          body: "A late note about the spring, when things looked different.",
          effectiveDate: "2026-03-05",
        },
      }),
      routeParams({ slug: initiative.slug }),
    );
    expect(res.status).toBe(201);
    expect(
      (await db.prisma.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).health,
    ).toBe(initiative.health);
    await expectRowsEqualReplay();
  });
});
