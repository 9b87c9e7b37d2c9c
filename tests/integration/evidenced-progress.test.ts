import { describe, expect, it } from "vitest";
import { GET as getInitiative } from "@/app/api/initiatives/[slug]/route";
import { GET as getHistory } from "@/app/api/initiatives/[slug]/history/route";
import { GET as getInitiatives } from "@/app/api/initiatives/route";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { toIsoDay } from "@/lib/domain/dates";
import { sharedMilestones } from "@/lib/domain/shared-milestones";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import type { SeedMilestone } from "@/prisma/seed/types";
import { apiRequest, jsonAnswer, noParams, routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { patchMilestone } from "./support/routes";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

type Figures = { progress: number; evidencedProgress: number; assumedPoints: number };
type Initiative = Figures & {
  slug: string;
  target: { kind: string; describedAs: string; label: string };
};
type Answer = Figures & { initiatives: Initiative[] };

const as = tokens;
const get = (path: string, handler: typeof getPortfolio) =>
  jsonAnswer(handler(apiRequest(path, { token: as.executive }), noParams));
const portfolio = async (query = ""): Promise<Answer> =>
  (await get(`/api/portfolio${query}`, getPortfolio)).body;
const overview = async (): Promise<Answer> => (await get("/api/initiatives", getInitiatives)).body;
const bySlug = (answer: Answer) => new Map(answer.initiatives.map((i) => [i.slug, i]));

/**
 * The seed's own oracle, without the app's evidence code: walk each milestone's recorded changes in
 * order. A change with an evidence source backs all the progress after it; one without backs no
 * more than before. A sourced milestone counts whole.
 */
function seededMilestoneFigures(m: SeedMilestone) {
  const progressOf = (status: string, percent: number) =>
    status === "done" ? 100 : status === "in_progress" ? percent : 0;
  let status = "not_started";
  let percent = 0;
  let evidenced = 0;
  const history = [...m.history].sort((a, b) =>
    a.effective === b.effective
      ? (a.recordedAfterDays ?? 2) - (b.recordedAfterDays ?? 2)
      : a.effective < b.effective
        ? -1
        : 1,
  );
  for (const change of history) {
    for (const [field, value] of Object.entries(change.set)) {
      if (field === "status" && value !== status) status = value as string;
      else if (field === "percentComplete" && value !== percent) percent = value as number;
      else continue;
      const now = progressOf(status, percent);
      evidenced = change.evidenceSourceKey ? now : Math.min(evidenced, now);
    }
  }
  const progress = progressOf(status, percent);
  return {
    status,
    weight: m.weight,
    progress,
    evidenced: m.provenance === "sourced" ? progress : evidenced,
  };
}

function seededFigures() {
  const initiatives = PORTFOLIO.map((seed) => {
    const scope = seed.milestones
      .map(seededMilestoneFigures)
      .filter((m) => m.status !== "cancelled");
    const weight = scope.reduce((sum, m) => sum + m.weight, 0);
    const mean = (key: "progress" | "evidenced") =>
      scope.reduce((sum, m) => sum + m.weight * m[key], 0) / weight;
    return { slug: seed.slug, progress: mean("progress"), evidencedProgress: mean("evidenced") };
  });
  const mean = (key: "progress" | "evidencedProgress") =>
    initiatives.reduce((sum, i) => sum + i[key], 0) / initiatives.length;
  return { progress: mean("progress"), evidencedProgress: mean("evidencedProgress"), initiatives };
}

function expectFigures(actual: Figures, expected: { progress: number; evidencedProgress: number }) {
  expect(actual.progress).toBeCloseTo(expected.progress, 6);
  expect(actual.evidencedProgress).toBeCloseTo(expected.evidencedProgress, 6);
  expect(actual.assumedPoints).toBeCloseTo(expected.progress - expected.evidencedProgress, 6);
  expect(actual.evidencedProgress).toBeLessThanOrEqual(actual.progress);
}

describe("reported and evidenced progress on the seed", () => {
  it("GET /api/portfolio gives both for the portfolio and each initiative, as the seed's own changes back them", async () => {
    const seeded = seededFigures();
    const body = await portfolio();
    expect([...bySlug(body).keys()].sort()).toEqual(PORTFOLIO.map((i) => i.slug).sort());
    expectFigures(body, seeded);
    for (const expected of seeded.initiatives) {
      expectFigures(bySlug(body).get(expected.slug)!, expected);
    }
    // The seed assumes progress the record does not show: the two figures differ.
    expect(body.assumedPoints).toBeGreaterThan(1);
    expect(body.initiatives.filter((i) => i.assumedPoints > 1).length).toBeGreaterThan(0);
  });

  it("GET /api/initiatives gives the same figures from the stored rows", async () => {
    const [rows, replayed] = [await overview(), await portfolio()];
    expectFigures(rows, replayed);
    expect(rows.initiatives).toHaveLength(PORTFOLIO.length);
    for (const i of rows.initiatives) expectFigures(i, bySlug(replayed).get(i.slug)!);
  });

  it("keeps evidenced at or below reported on every day of the record", async () => {
    const days = ["2026-03-02", "2026-04-01", "2026-06-30", "2026-09-30"];
    const answers = await Promise.all(days.map((day) => portfolio(`?asOf=${day}`)));
    const all = answers.flatMap((a) => [a, ...a.initiatives]);
    expect(all).toHaveLength(days.length * (PORTFOLIO.length + 1));
    // Before its milestones enter the plan an initiative has no progress of either kind.
    const known = all.filter((f) => f.progress !== null);
    expect(known.length).toBeGreaterThan(days.length * 2);
    expect(all.filter((f) => f.evidencedProgress !== null)).toHaveLength(known.length);
    for (const f of known) {
      expect(f.evidencedProgress).toBeLessThanOrEqual(f.progress);
      expect(f.assumedPoints).toBeCloseTo(f.progress - f.evidencedProgress, 9);
    }
  });
});

describe("the target window is the brief's expectation", () => {
  it("marks every seeded window an external expectation and names it so", async () => {
    for (const body of [await portfolio(), await overview()]) {
      expect(body.initiatives.map((i) => i.target)).toEqual(
        PORTFOLIO.map(() =>
          expect.objectContaining({
            label: "mid-2026",
            kind: "external_expectation",
            describedAs: "the brief's mid-2026 expectation",
          }),
        ),
      );
    }
  });

  it("links each initiative to its record note on what the brief expects", async () => {
    const { status, body } = await jsonAnswer(
      getInitiative(
        apiRequest("/api/initiatives/ksfta-upgrade", { token: as.executive }),
        routeParams({ slug: "ksfta-upgrade" }),
      ),
    );
    expect(status).toBe(200);
    const note = body.recordNotes.find((n: { id: string }) => n.id === body.target.recordNoteId);
    expect(note.briefSays).toBe("Progress on the upgraded FTA is expected by mid-2026.");
  });

  it("refuses an official commitment without a source", async () => {
    await expect(
      db.prisma.initiative.update({
        where: { slug: "mou-quantum" },
        data: { targetKind: "official_commitment" },
      }),
    ).rejects.toThrow();
    const row = await db.prisma.initiative.findUniqueOrThrow({ where: { slug: "mou-quantum" } });
    expect(row.targetKind).toBe("external_expectation");
  });
});

describe("double counting", () => {
  it("counts the science and technology MOU's one signing once, under the quantum initiative", async () => {
    const signings = await db.prisma.milestone.findMany({
      where: { title: { startsWith: "Science and technology MOU signed" } },
      include: { initiative: { select: { slug: true } } },
    });
    expect(signings.map((m) => [m.initiative.slug, m.status])).toEqual([["mou-quantum", "done"]]);
    const rows = await db.prisma.milestone.findMany();
    const listed = rows.map((m) => ({ ...m, baselineDate: toIsoDay(m.baselineDate) }));
    expect(listed).toHaveLength(PORTFOLIO.flatMap((i) => i.milestones).length);
    expect(sharedMilestones(listed)).toEqual([]);
  });
});

describe("unsourced health and lifecycle moves", () => {
  const slugs = PORTFOLIO.map((i) => i.slug);

  it("are marked in history, exactly those without an evidence link", async () => {
    const events: { field: string; evidenceUrl: string | null; unsourced: boolean }[] = [];
    for (const slug of slugs) {
      for (const field of ["health", "lifecycleStatus", "percentComplete"]) {
        const { body } = await jsonAnswer(
          getHistory(
            apiRequest(`/api/initiatives/${slug}/history?field=${field}`, { token: as.executive }),
            routeParams({ slug }),
          ),
        );
        events.push(...body.events);
      }
    }
    const claims = events.filter((e) => e.field !== "percentComplete");
    expect(claims.filter((e) => e.unsourced).length).toBeGreaterThan(0);
    expect(claims.filter((e) => !e.unsourced).length).toBeGreaterThan(0);
    for (const e of claims) expect(e.unsourced).toBe(e.evidenceUrl === null);
    const progress = events.filter((e) => e.field === "percentComplete");
    expect(progress.filter((e) => e.evidenceUrl === null).length).toBeGreaterThan(0);
    expect(progress.every((e) => e.unsourced === false)).toBe(true);
  });

  it("are marked on the initiative when the change that set the current value had no link", async () => {
    const events = await db.prisma.changeEvent.findMany({ where: { entityType: "initiative" } });
    const lastSetting = (initiativeId: string, field: string) =>
      events
        .filter(
          (e) => e.initiativeId === initiativeId && (e.field === field || e.field === "created"),
        )
        .sort(
          (a, b) =>
            a.effectiveDate.getTime() - b.effectiveDate.getTime() ||
            (a.field === "created" ? -1 : 0) - (b.field === "created" ? -1 : 0) ||
            a.recordedAt.getTime() - b.recordedAt.getTime(),
        )
        .at(-1)!;
    const flags: boolean[] = [];
    for (const slug of slugs) {
      const { body } = await jsonAnswer(
        getInitiative(
          apiRequest(`/api/initiatives/${slug}`, { token: as.executive }),
          routeParams({ slug }),
        ),
      );
      const expected = {
        health: lastSetting(body.id, "health").evidenceUrl === null,
        lifecycleStatus: lastSetting(body.id, "lifecycleStatus").evidenceUrl === null,
      };
      expect(body.unsourced, slug).toEqual(expected);
      flags.push(expected.health, expected.lifecycleStatus);
    }
    expect(flags).toContain(true);
    expect(flags).toContain(false);
  });
});

describe("an analyst's changes", () => {
  it("raise reported progress alone without an evidence link, and evidenced progress with one", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow({
      where: {
        provenance: "planned_estimate",
        status: "not_started",
        changeEvents: { none: { authorId: { not: null } } },
      },
      include: { initiative: { select: { slug: true } } },
      orderBy: { id: "asc" },
    });
    const scope = await db.prisma.milestone.findMany({
      where: { initiativeId: m.initiativeId, status: { not: "cancelled" } },
    });
    const share = (points: number) =>
      (m.weight * points) / scope.reduce((sum, row) => sum + row.weight, 0);
    const figures = async () => bySlug(await portfolio()).get(m.initiative.slug)!;
    const before = await figures();

    const assumed = await patchMilestone(as.analyst, m.id, {
      version: m.version,
      status: "in_progress",
      percentComplete: 40,
      reason: "Work has started, says a contact; nothing published",
    });
    expect(assumed.status).toBe(200);
    const afterAssumed = await figures();
    expect(afterAssumed.progress).toBeCloseTo(before.progress + share(40), 6);
    expect(afterAssumed.evidencedProgress).toBeCloseTo(before.evidencedProgress, 6);
    expect(afterAssumed.assumedPoints).toBeCloseTo(before.assumedPoints + share(40), 6);

    const evidenced = await patchMilestone(as.analyst, m.id, {
      version: m.version + 1,
      percentComplete: 60,
      reason: "Published progress report",
      evidenceUrl: "https://example.org/progress-report",
    });
    expect(evidenced.status).toBe(200);
    const afterEvidenced = await figures();
    expect(afterEvidenced.progress).toBeCloseTo(before.progress + share(60), 6);
    expect(afterEvidenced.evidencedProgress).toBeCloseTo(before.evidencedProgress + share(60), 6);
    expect(afterEvidenced.assumedPoints).toBeCloseTo(before.assumedPoints, 6);
    // The overview, from the stored rows, agrees.
    expectFigures(bySlug(await overview()).get(m.initiative.slug)!, afterEvidenced);
  });
});
