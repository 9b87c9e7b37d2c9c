import { beforeAll, describe, expect, it } from "vitest";
import { GET as getInitiative } from "@/app/api/initiatives/[slug]/route";
import { toIsoDay } from "@/lib/domain/dates";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { generatePortfolio } from "@/prisma/seed/generate/generate";
import { writeGeneratedPortfolio } from "@/prisma/seed/generate/write-batched";
import { apiRequest, jsonAnswer, routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { patchMilestone } from "./support/routes";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });
const SIZE = { initiatives: 20, milestones: 200, events: 2_000 };
const portfolio = generatePortfolio({ ...SIZE, seed: 7 });
const generated = { initiativeId: { startsWith: "ini_gen-" } };
const seededMilestones = PORTFOLIO.flatMap((i) => i.milestones).length;

beforeAll(async () => {
  await writeGeneratedPortfolio(db.prisma, portfolio);
});

describe("a generated portfolio written beside the seeded one", () => {
  it("stores exactly the requested sizes", async () => {
    expect(await db.prisma.initiative.count({ where: { slug: { startsWith: "gen-" } } })).toBe(20);
    expect(await db.prisma.milestone.count({ where: generated })).toBe(SIZE.milestones);
    expect(await db.prisma.changeEvent.count({ where: generated })).toBe(SIZE.events);
    expect(await db.prisma.statusUpdate.count({ where: generated })).toBe(
      portfolio.initiatives.reduce((n, b) => n + b.statusUpdates.length, 0),
    );
    expect(await db.prisma.source.count({ where: { key: { startsWith: "GEN-" } } })).toBe(
      portfolio.sources.flat().length,
    );
  });

  it("stores every generated event as built, recorded time included", async () => {
    const stored = await db.prisma.changeEvent.findMany({
      where: generated,
      orderBy: { id: "asc" },
    });
    const built = portfolio.initiatives
      .flatMap((b) => b.events)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(
      stored.map((e) => [
        e.id,
        e.field,
        e.oldValue,
        e.newValue,
        toIsoDay(e.effectiveDate),
        e.recordedAt.toISOString(),
        e.evidenceUrl,
      ]),
    ).toEqual(
      built.map((e) => [
        e.id,
        e.field,
        e.oldValue,
        e.newValue,
        e.effectiveDate,
        e.recordedAt.toISOString(),
        e.evidenceUrl,
      ]),
    );
  });

  it("links sources as the descriptions cite them", async () => {
    const milestones = await db.prisma.milestone.findMany({
      where: generated,
      select: { id: true, sources: { select: { key: true } } },
    });
    const cited = new Map(
      portfolio.initiatives.flatMap((b) =>
        b.milestones.map((m) => [m.id, [...m.seed.sourceKeys].sort()]),
      ),
    );
    expect(milestones).toHaveLength(SIZE.milestones);
    expect(new Map(milestones.map((m) => [m.id, m.sources.map((s) => s.key).sort()]))).toEqual(
      cited,
    );
  });

  it("replays every stored event to exactly the stored rows, seeded and generated", async () => {
    expect(await expectStoredRowsToEqualReplay(db.prisma, TODAY)).toBe(
      seededMilestones + SIZE.milestones,
    );
  });

  it("serves a generated initiative and takes a write on its milestones", async () => {
    const slug = "gen-00001";
    const { status, body } = await jsonAnswer(
      getInitiative(
        apiRequest(`/api/initiatives/${slug}`, { token: tokens.executive }),
        routeParams({ slug }),
      ),
    );
    expect(status).toBe(200);
    expect(body.milestones).toHaveLength(portfolio.initiatives[0].milestones.length);
    const open = await db.prisma.milestone.findFirstOrThrow({
      where: { ...generated, status: "in_progress", percentComplete: { lt: 100 } },
      orderBy: { id: "asc" },
    });
    const res = await patchMilestone(tokens.analyst, open.id, {
      version: open.version,
      percentComplete: open.percentComplete + 1,
      reason: "Checking that generated versions and history accept a write",
    });
    expect(res.status).toBe(200);
    await expectStoredRowsToEqualReplay(db.prisma, TODAY);
  });
});
