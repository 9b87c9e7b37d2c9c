import { describe, expect, it } from "vitest";
import { GET as getInitiatives } from "@/app/api/initiatives/route";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { addDaysIso, dayToDate, toIsoDay } from "@/lib/domain/dates";
import { initiativeProgress, portfolioProgress } from "@/lib/domain/progress";
import { replay } from "@/lib/domain/replay";
import { describeGap, overdueSummary, scheduleStatus } from "@/lib/domain/verdict";
import { buildInitiative } from "@/prisma/seed/build";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { SOURCES } from "@/prisma/seed/sources";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { untouchedMilestone } from "./support/milestones";
import { patchInitiative, patchMilestone } from "./support/routes";
import { TODAY as today } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

const slugsOf = (body: { initiatives: { slug: string }[] }) =>
  body.initiatives.map((i) => i.slug).sort();

const portfolio = (query: string, token = tokens.executive) =>
  jsonAnswer(getPortfolio(apiRequest(`/api/portfolio${query}`, { token }), noParams));

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
    expect(slugsOf(body)).toEqual(PORTFOLIO.map((i) => i.slug).sort());
    for (const initiative of body.initiatives) {
      expect(initiative, initiative.slug).toEqual(
        expect.objectContaining({
          progress: expect.any(Number),
          expectedProgress: expect.any(Number),
          expectedAtTargetEnd: expect.any(Number),
          health: expect.any(String),
        }),
      );
      expect(["projected", "no_recent_progress", "not_enough_progress", "complete"]).toContain(
        initiative.forecast.kind,
      );
    }
    expect(
      body.initiatives.some(
        (i: { forecast: { kind: string } }) => i.forecast.kind === "no_recent_progress",
      ),
    ).toBe(true);

    // Nothing has changed the seed yet: the stored rows are the state today.
    const milestones = await db.prisma.milestone.findMany();
    const withStatus = (...statuses: string[]) =>
      milestones.filter((m) => statuses.includes(m.status));
    const weight = (list: { weight: number }[]) => list.reduce((sum, m) => sum + m.weight, 0);
    expect(body.counts).toMatchObject({
      total: milestones.length - withStatus("cancelled").length,
      done: withStatus("done").length,
      inProgress: withStatus("in_progress").length,
      blocked: withStatus("blocked").length,
      cancelled: withStatus("cancelled").length,
    });
    expect(body.burnUp.at(-1)).toEqual(
      expect.objectContaining({
        date: today,
        scope: weight(milestones) - weight(withStatus("cancelled")),
        done: weight(withStatus("done")),
      }),
    );

    // Stale: no status update dated in the 30 days up to today.
    const updates = await db.prisma.statusUpdate.findMany({ include: { initiative: true } });
    const recent = new Set(
      updates
        .filter((u) => toIsoDay(u.effectiveDate) >= addDaysIso(today, -30))
        .map((u) => u.initiative.slug),
    );
    const stale = PORTFOLIO.map((i) => i.slug).filter((slug) => !recent.has(slug));
    expect(stale).not.toHaveLength(0);
    expect(
      body.initiatives
        .filter((i: { stale: boolean }) => i.stale)
        .map((i: { slug: string }) => i.slug)
        .sort(),
    ).toEqual(stale.sort());
    expect(body.staleCount).toBe(stale.length);
  });

  it.each([
    ["today", ""],
    ["30 Jun 2026", "?asOf=2026-06-30"],
  ])(
    "gives each initiative and the portfolio the one gap: reported minus expected progress (%s)",
    async (_, query) => {
      const { body } = await portfolio(query);
      expect(slugsOf(body)).toEqual(PORTFOLIO.map((i) => i.slug).sort());
      for (const i of body.initiatives) {
        expect(i.gap, i.slug).toBeCloseTo(i.progress - i.expectedProgress, 9);
        expect(i.schedule, i.slug).toBe(scheduleStatus(i.gap, i.counts.overdue));
        expect(i.verdict, i.slug).toContain(describeGap(i.gap));
        expect(i.overdueSummary, i.slug).toBe(overdueSummary(i.counts));
        expect(i.latestUpdate?.effectiveDate ?? null, i.slug).toBe(i.lastUpdateOn);
      }
      expect(body.gap).toBeCloseTo(body.progress - body.expectedProgress, 9);
      expect(body.verdict).toContain(overdueSummary(body.counts));
    },
  );

  it("gives the same gap and schedule in GET /api/initiatives as in GET /api/portfolio", async () => {
    const [summaries, { body }] = await Promise.all([
      jsonAnswer(
        getInitiatives(apiRequest("/api/initiatives", { token: tokens.executive }), noParams),
      ),
      portfolio(""),
    ]);
    expect(summaries.status).toBe(200);
    type Gapped = { slug: string; gap: number; schedule: string };
    const bySlug = new Map<string, Gapped>(body.initiatives.map((i: Gapped) => [i.slug, i]));
    expect(summaries.body.initiatives).toHaveLength(PORTFOLIO.length);
    for (const s of summaries.body.initiatives as Gapped[]) {
      expect(s.gap, s.slug).toBeCloseTo(bySlug.get(s.slug)!.gap, 9);
      expect(s.schedule, s.slug).toBe(bySlug.get(s.slug)!.schedule);
    }
  });

  it("counts overdue and blocked milestones so that each is said once", async () => {
    const { body } = await portfolio("");
    const milestones = await db.prisma.milestone.findMany();
    const overdue = milestones.filter(
      (m) => !["done", "cancelled"].includes(m.status) && toIsoDay(m.plannedDate) < today,
    );
    expect(overdue).not.toHaveLength(0);
    expect(body.counts.overdue).toBe(overdue.length);
    expect(body.counts.overdueBlocked).toBe(overdue.filter((m) => m.status === "blocked").length);
  });

  it("replays by recorded time with basis=recorded", async () => {
    // On the day of the summit nothing had been recorded yet; by effective date the launch had happened.
    const effective = await portfolio("?asOf=2026-03-02&basis=effective");
    const recorded = await portfolio("?asOf=2026-03-02&basis=recorded");
    expect(slugsOf(effective.body)).toEqual(PORTFOLIO.map((i) => i.slug).sort());
    expect(slugsOf(recorded.body)).toEqual([]);
  });

  it("lists the changes recorded since a date when asked", async () => {
    const { body } = await portfolio(`?asOf=${today}&since=2026-11-01`);
    expect(body.changedSince.since).toBe("2026-11-01");
    const recorded = await db.prisma.changeEvent.findMany({
      where: {
        recordedAt: { gte: dayToDate("2026-11-01"), lt: dayToDate(addDaysIso(today, 1)) },
      },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    });
    expect(recorded).not.toHaveLength(0);
    expect(body.changedSince.events.map((e: { id: string }) => e.id)).toEqual(
      recorded.map((e) => e.id),
    );
  });

  it("measures each initiative against the target window it had on the day", async () => {
    const initiative = await db.prisma.initiative.findFirstOrThrow({
      where: { slug: "mou-quantum" },
    });
    const res = await patchInitiative(tokens.analyst, initiative.slug, {
      version: initiative.version,
      targetEnd: "2027-06-30",
      targetLabel: "mid-2027",
      reason: "Window moved after the joint committee slipped",
      effectiveDate: "2026-11-20",
    });
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
    expect(slugsOf(mous.body)).toEqual(
      PORTFOLIO.filter((i) => i.kind === "mou")
        .map((i) => i.slug)
        .sort(),
    );
    const korea = await portfolio("?side=korea");
    const timeline = korea.body.initiatives.flatMap(
      (i: { timeline: { id: string; side: string }[] }) => i.timeline,
    );
    const koreaLed = await db.prisma.milestone.findMany({ where: { side: "korea" } });
    expect(koreaLed).not.toHaveLength(0);
    expect(timeline.map((m: { id: string }) => m.id).sort()).toEqual(
      koreaLed.map((m) => m.id).sort(),
    );
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
    const m = await untouchedMilestone(db.prisma);
    const res = await patchMilestone(tokens.analyst, m.id, {
      version: m.version,
      status: "done",
      actualDate: today,
      evidenceUrl: "https://example.org/evidence",
      reason: "Completed",
    });
    expect(res.status).toBe(200);
    const after = {
      today: (await portfolio("")).body.progress,
      april: (await portfolio("?asOf=2026-04-01")).body.progress,
    };
    expect(after.today).toBeGreaterThan(before.today);
    // Today's figure is the plain mean of each initiative's weighted progress, from the stored rows.
    const rows = await db.prisma.milestone.findMany();
    const initiatives = await db.prisma.initiative.findMany();
    const expected = portfolioProgress(
      initiatives.map((i) => initiativeProgress(rows.filter((r) => r.initiativeId === i.id))),
    );
    expect(after.today).toBeCloseTo(expected!, 6);
    expect(after.april).toBe(before.april);
  });
});
