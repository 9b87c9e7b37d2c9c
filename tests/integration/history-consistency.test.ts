import { describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/import/milestones/route";
import { toIsoDay } from "@/lib/domain/dates";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { importCsv } from "../support/import-csv";
import { apiRequest, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { untouchedMilestone } from "./support/milestones";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import {
  patchInitiative,
  patchMilestone,
  postStatusUpdate,
  rebaselineMilestone,
} from "./support/routes";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

/** Replays every stored event to today and compares with every stored row. */
const expectRowsEqualReplay = () => expectStoredRowsToEqualReplay(db.prisma, TODAY);

const patch = (id: string, body: unknown) => patchMilestone(tokens.analyst, id, body);
const healthOf = async (id: string) =>
  (await db.prisma.initiative.findUniqueOrThrow({ where: { id } })).health;

describe("stored rows and replayed history agree after every kind of write", () => {
  it("holds for the seed", async () => {
    expect(await expectRowsEqualReplay()).toBe(PORTFOLIO.flatMap((i) => i.milestones).length);
  });

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
    const m = await untouchedMilestone(db.prisma);
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
    const rb = await rebaselineMilestone(tokens.analyst, m.id, {
      version: m.version + 1,
      baselineDate: "2027-01-15",
      reason: "New calendar",
    });
    expect(rb.status).toBe(200);

    const initiative = await db.prisma.initiative.findFirstOrThrow({
      where: { id: m.initiativeId },
    });
    const ip = await patchInitiative(tokens.analyst, initiative.slug, {
      version: initiative.version,
      lifecycleStatus: "on_hold",
      reason: "Talks paused",
    });
    expect(ip.status).toBe(200);
    const newHealth = initiative.health === "off_track" ? "at_risk" : "off_track";
    const up = await postStatusUpdate(tokens.analyst, initiative.slug, {
      health: newHealth,
      body: "Weekly brief: talks paused pending a new calendar.",
    });
    expect(up.status).toBe(201);
    expect(await healthOf(initiative.id)).toBe(newHealth);

    const csv = importCsv({
      initiative_slug: initiative.slug,
      title: "Consistency check milestone",
      side: "joint",
      baseline_date: "2027-03-01",
      status: "in_progress",
      percent_complete: "20",
      weight: "2",
      provenance: "planned_estimate",
      reason: "Imported",
      confidence: "low",
    });
    const res = await postImport(
      apiRequest("/api/import/milestones", {
        method: "POST",
        token: tokens.analyst,
        rawBody: csv,
        contentType: "text/csv",
      }),
      noParams,
    );
    expect(res.status).toBe(201);
    await expectRowsEqualReplay();
  });

  it("keeps the newer health when a status update is backdated before the last health change", async () => {
    const initiative = await db.prisma.initiative.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const other = initiative.health === "on_track" ? "off_track" : "on_track";
    const res = await postStatusUpdate(tokens.analyst, initiative.slug, {
      health: other,
      body: "A late note about the spring, when things looked different.",
      effectiveDate: "2026-03-05",
    });
    expect(res.status).toBe(201);
    expect(await healthOf(initiative.id)).toBe(initiative.health);
    await expectRowsEqualReplay();
  });
});
