import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchMilestone } from "@/app/api/milestones/[id]/route";
import { PATCH as patchInitiative } from "@/app/api/initiatives/[slug]/route";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { todayIsoDay } from "@/lib/domain/dates";
import { initiativeProgress, portfolioProgress } from "@/lib/domain/progress";
import { replay } from "@/lib/domain/replay";
import type { Role } from "@/lib/domain/types";
import { buildInitiative } from "@/prisma/seed/build";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { SOURCES } from "@/prisma/seed/sources";
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

async function portfolio(query: string, token = tokens.executive) {
  const res = await getPortfolio(apiRequest(`/api/portfolio${query}`, { token }), routeParams({}));
  return { status: res.status, body: await res.json() };
}

/** The seed's own events, replayed without the database: an independent check of the API. */
function seededProgressAt(day: string) {
  const perInitiative = PORTFOLIO.map((seed, n) => {
    const built = buildInitiative(seed, SOURCES, n);
    return initiativeProgress([...replay(built.events, day).milestones.values()]);
  });
  return portfolioProgress(perInitiative);
}

describe("GET /api/portfolio", () => {
  it("gives a different portfolio progress on 2026-04-01 than today, and the earlier one equals a replay of the seeded events", async () => {
    const early = await portfolio("?asOf=2026-04-01");
    const now = await portfolio(`?asOf=${today}`);
    expect(early.status).toBe(200);
    expect(early.body.progress).not.toBeCloseTo(now.body.progress, 3);
    expect(early.body.progress).toBeCloseTo(seededProgressAt("2026-04-01")!, 6);
    expect(now.body.progress).toBeCloseTo(seededProgressAt(today)!, 6);
  });

  it("holds per-initiative progress, expectations, health, counts, forecasts and burn-up series", async () => {
    const { body } = await portfolio("");
    expect(body.asOf).toBe(today);
    expect(body.initiatives.length).toBeGreaterThanOrEqual(7);
    const first = body.initiatives[0];
    expect(first).toEqual(
      expect.objectContaining({
        progress: expect.any(Number),
        expectedProgress: expect.any(Number),
        expectedAtTargetEnd: expect.any(Number),
        health: expect.any(String),
      }),
    );
    expect(["projected", "no_recent_progress", "complete"]).toContain(first.forecast.kind);
    expect(
      body.initiatives.some(
        (i: { forecast: { kind: string } }) => i.forecast.kind === "no_recent_progress",
      ),
    ).toBe(true);
    expect(body.burnUp.at(-1)).toEqual(
      expect.objectContaining({ date: today, scope: expect.any(Number), done: expect.any(Number) }),
    );
    expect(body.counts.done).toBeGreaterThan(0);
    expect(body.staleCount).toBeGreaterThanOrEqual(2);
  });

  it("replays by recorded time with basis=recorded", async () => {
    // On the day of the summit nothing had been recorded yet; by effective date the launch had happened.
    const effective = await portfolio("?asOf=2026-03-02&basis=effective");
    const recorded = await portfolio("?asOf=2026-03-02&basis=recorded");
    expect(effective.body.initiatives.length).toBeGreaterThan(recorded.body.initiatives.length);
  });

  it("lists the changes recorded since a date when asked", async () => {
    const { body } = await portfolio("?asOf=2026-11-28&since=2026-11-01");
    expect(body.changedSince.since).toBe("2026-11-01");
    expect(body.changedSince.events.length).toBeGreaterThan(0);
    expect(
      body.changedSince.events.every((e: { recordedAt: string }) => e.recordedAt >= "2026-11-01"),
    ).toBe(true);
  });

  it("measures each initiative against the target window it had on the day", async () => {
    const initiative = await db.prisma.initiative.findFirstOrThrow({
      where: { slug: "mou-quantum" },
    });
    const res = await patchInitiative(
      apiRequest(`/api/initiatives/${initiative.slug}`, {
        method: "PATCH",
        token: tokens.analyst,
        body: {
          version: initiative.version,
          targetEnd: "2027-06-30",
          targetLabel: "mid-2027",
          reason: "Window moved after the joint committee slipped",
          effectiveDate: "2026-11-20",
        },
      }),
      routeParams({ slug: initiative.slug }),
    );
    expect(res.status).toBe(200);
    const windowOn = async (day: string) =>
      (await portfolio(`?asOf=${day}`)).body.initiatives.find(
        (i: { slug: string }) => i.slug === "mou-quantum",
      ).target;
    expect(await windowOn("2026-11-10")).toMatchObject({ end: "2026-09-30", label: "mid-2026" });
    expect(await windowOn(today)).toMatchObject({ end: "2027-06-30", label: "mid-2027" });
  });

  it("filters by kind and side", async () => {
    const mous = await portfolio("?kind=mou");
    expect(mous.body.initiatives.every((i: { kind: string }) => i.kind === "mou")).toBe(true);
    const korea = await portfolio("?side=korea");
    expect(
      korea.body.initiatives.every((i: { timeline: { side: string }[] }) =>
        i.timeline.every((m) => m.side === "korea"),
      ),
    ).toBe(true);
  });

  it.each([
    ["?asOf=2026-02-30"],
    ["?asOf=yesterday"],
    ["?asOf=2999-01-01"],
    ["?basis=hearsay"],
    ["?kind=treaty"],
    ["?colour=red"],
  ])("answers %s with 400", async (query) => {
    const { status, body } = await portfolio(query);
    expect(status).toBe(400);
    expect(body.error).toBeTruthy();
  });

  it("rises today after an analyst marks a milestone done, while 2026-04-01 stays the same", async () => {
    const before = {
      today: (await portfolio("")).body.progress,
      april: (await portfolio("?asOf=2026-04-01")).body.progress,
    };
    const m = await db.prisma.milestone.findFirstOrThrow({
      where: { status: "not_started" },
      orderBy: { id: "asc" },
    });
    const res = await patchMilestone(
      apiRequest(`/api/milestones/${m.id}`, {
        method: "PATCH",
        token: tokens.analyst,
        body: {
          version: m.version,
          status: "done",
          actualDate: today,
          evidenceUrl: "https://example.org/evidence",
          reason: "Completed",
        },
      }),
      routeParams({ id: m.id }),
    );
    expect(res.status).toBe(200);
    const after = {
      today: (await portfolio("")).body.progress,
      april: (await portfolio("?asOf=2026-04-01")).body.progress,
    };
    expect(after.today).toBeGreaterThan(before.today);
    expect(after.april).toBe(before.april);
  });
});
