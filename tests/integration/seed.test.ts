import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toIsoDay } from "@/lib/domain/dates";
import { seedPortfolio } from "@/prisma/seed/write";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedPortfolio(db.prisma);
});
afterAll(() => db?.close());

describe("seeded portfolio", () => {
  it("holds the FTA upgrade, the five MOU topics and the investment agreements", async () => {
    const initiatives = await db.prisma.initiative.findMany({
      select: { kind: true, title: true },
    });
    expect(initiatives).toHaveLength(7);
    expect(initiatives.filter((i) => i.kind === "fta_upgrade")).toHaveLength(1);
    const mouTitles = initiatives
      .filter((i) => i.kind === "mou")
      .map((i) => i.title.toLowerCase())
      .join(" | ");
    for (const topic of ["ai", "modular reactor", "quantum", "space", "digital"])
      expect(mouTitles).toContain(topic);
    expect(initiatives.some((i) => i.kind === "investment_agreement")).toBe(true);
  });

  it("has exactly 50 milestones, each with provenance, and the FTA's four workstreams", async () => {
    const milestones = await db.prisma.milestone.findMany({ select: { provenance: true } });
    expect(milestones).toHaveLength(50);
    expect(
      milestones.every((m) => m.provenance === "sourced" || m.provenance === "planned_estimate"),
    ).toBe(true);
    const fta = await db.prisma.initiative.findFirstOrThrow({
      where: { kind: "fta_upgrade" },
      include: { workstreams: true },
    });
    expect(fta.workstreams).toHaveLength(4);
  });

  it("has exactly 50 sources with http(s) URLs, and record notes where sources differ from the brief", async () => {
    const sources = await db.prisma.source.findMany();
    expect(sources).toHaveLength(50);
    expect(sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
    expect(
      await db.prisma.recordNote.count({ where: { verdict: { not: "consistent" } } }),
    ).toBeGreaterThan(0);
  });

  it("has exactly 164 change events, 22 status updates and 19 record notes", async () => {
    expect(await db.prisma.changeEvent.count()).toBe(164);
    expect(await db.prisma.statusUpdate.count()).toBe(22);
    expect(await db.prisma.recordNote.count()).toBe(19);
  });

  it("cites at least one source on every sourced milestone", async () => {
    const sourced = await db.prisma.milestone.findMany({
      where: { provenance: "sourced" },
      select: { title: true, _count: { select: { sources: true } } },
    });
    expect(sourced).toHaveLength(11);
    for (const m of sourced) expect(m._count.sources, m.title).toBeGreaterThanOrEqual(1);
  });

  it("has history spread over March–November 2026, recorded after it took effect", async () => {
    const events = await db.prisma.changeEvent.findMany({ where: { field: { not: "created" } } });
    const months = new Set(events.map((e) => toIsoDay(e.effectiveDate).slice(0, 7)));
    for (const month of ["2026-04", "2026-06", "2026-08", "2026-10", "2026-11"])
      expect(months).toContain(month);
    expect(events.every((e) => e.recordedAt.getTime() >= e.effectiveDate.getTime())).toBe(true);
    const statuses = new Set(
      (await db.prisma.milestone.findMany({ select: { status: true } })).map((m) => m.status),
    );
    for (const status of ["done", "in_progress", "blocked", "not_started"])
      expect(statuses).toContain(status);
  });

  it("is what replaying its change events gives", async () => {
    expect(await expectStoredRowsToEqualReplay(db.prisma, "2026-11-28")).toBe(
      await db.prisma.milestone.count(),
    );
  });

  it("is idempotent and leaves analysts' changes alone", async () => {
    const before = {
      milestones: await db.prisma.milestone.count(),
      events: await db.prisma.changeEvent.count(),
    };
    const someMilestone = await db.prisma.milestone.findFirstOrThrow();
    await db.prisma.milestone.update({
      where: { id: someMilestone.id },
      data: { title: "Renamed by an analyst" },
    });
    const second = await seedPortfolio(db.prisma);
    expect(second.initiativesCreated).toBe(0);
    expect(second.correctionsApplied).toBe(0);
    expect(await db.prisma.milestone.count()).toBe(before.milestones);
    expect(await db.prisma.changeEvent.count()).toBe(before.events);
    expect(
      (await db.prisma.milestone.findUniqueOrThrow({ where: { id: someMilestone.id } })).title,
    ).toBe("Renamed by an analyst");
  });
});

describe("change events", () => {
  it("cannot be updated or deleted, by any code path", async () => {
    const event = await db.prisma.changeEvent.findFirstOrThrow();
    await expect(
      db.prisma.changeEvent.update({ where: { id: event.id }, data: { reason: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.changeEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM change_event`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE change_event`)).rejects.toThrow(
      /append-only/,
    );
    // Nor can a record with history be removed from under it.
    const milestoneEvent = await db.prisma.changeEvent.findFirstOrThrow({
      where: { milestoneId: { not: null } },
    });
    await expect(
      db.prisma.milestone.delete({ where: { id: milestoneEvent.milestoneId! } }),
    ).rejects.toThrow();
    expect(await db.prisma.milestone.count({ where: { id: milestoneEvent.milestoneId! } })).toBe(1);
    expect(
      (await db.prisma.changeEvent.findUniqueOrThrow({ where: { id: event.id } })).reason,
    ).toBe(event.reason);
  });
});
