import { describe, expect, it } from "vitest";
import { buildPortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { forecastCompletion, type ProgressSample } from "@/lib/domain/forecast";
import type { ReplayEvent } from "@/lib/domain/replay";
import { isStale } from "@/lib/domain/stale";
import { milestoneState } from "../support/milestone-state";
import { snapshotInitiative } from "../support/snapshot-initiative";

const weekly = (progress: number[], start = "2026-09-01"): ProgressSample[] =>
  progress.map((p, i) => ({
    date: new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000)
      .toISOString()
      .slice(0, 10),
    progress: p,
  }));

describe("forecastCompletion", () => {
  it("projects a steady pace onto the calendar", () => {
    const f = forecastCompletion(weekly([10, 20, 30, 40, 50, 60, 70, 80, 90]));
    expect(f).toMatchObject({ kind: "projected", velocityPerWeek: 10 });
    if (f.kind !== "projected") throw new Error();
    // 10 points left at 10 a week: one week after the last sample; no spread, so early = late.
    expect(f.likely).toBe("2026-11-03");
    expect(f.early).toBe(f.likely);
    expect(f.late).toBe(f.likely);
  });

  it("weights recent weeks more than old ones", () => {
    const speedingUp = forecastCompletion(weekly([0, 0, 0, 0, 0, 10, 20, 30, 40]));
    const slowingDown = forecastCompletion(weekly([0, 10, 20, 30, 40, 45, 50, 55, 60]));
    if (speedingUp.kind !== "projected" || slowingDown.kind !== "projected")
      throw new Error("expected projections");
    expect(speedingUp.velocityPerWeek).toBeGreaterThan(slowingDown.velocityPerWeek);
  });

  it("widens the range when progress is uneven, with early before late", () => {
    const f = forecastCompletion(weekly([0, 5, 20, 25, 30, 40, 45, 50, 60]));
    if (f.kind !== "projected") throw new Error("expected a projection");
    expect(f.early < f.likely).toBe(true);
    expect(f.likely < f.late).toBe(true);
  });

  it("says 'no recent progress' when nothing moved in the last four weeks", () => {
    expect(forecastCompletion(weekly([10, 20, 30, 40, 50, 50, 50, 50, 50]))).toEqual({
      kind: "no_recent_progress",
      lastProgressOn: "2026-09-29",
    });
    expect(forecastCompletion(weekly([0, 0, 0]))).toEqual({
      kind: "no_recent_progress",
      lastProgressOn: null,
    });
  });

  it("says 'not enough progress to forecast' with too few weeks of progress", () => {
    // Two weeks with any gain in the last eight: a pace from two samples is not a pace.
    expect(forecastCompletion(weekly([0, 0, 0, 0, 0, 0, 0, 5, 10]))).toEqual({
      kind: "not_enough_progress",
      reason: "too_few_samples",
    });
  });

  it("says 'not enough progress to forecast' rather than a decade-wide range", () => {
    // A slow, uneven pace: the likely date years out, the range wider than the horizon.
    const f = forecastCompletion(weekly([0, 0, 3, 3, 3, 4, 4, 5, 5.5]));
    expect(f).toEqual({ kind: "not_enough_progress", reason: "range_too_wide" });
    // The same pace, steady and fast enough: a forecast.
    expect(forecastCompletion(weekly([50, 55, 60, 65, 70, 75, 80, 85, 90])).kind).toBe("projected");
  });

  it("reports completion instead of a forecast at 100%", () => {
    expect(forecastCompletion(weekly([60, 100, 100]))).toEqual({
      kind: "complete",
      on: "2026-09-08",
    });
  });
});

describe("burn-up in the portfolio snapshot", () => {
  const created = (id: string, weight: number) => ({
    entityType: "milestone" as const,
    entityId: id,
    initiativeId: "i1",
    field: "created",
    effectiveDate: "2026-03-02",
    recordedAt: new Date("2026-03-03T00:00:00Z"),
    newValue: JSON.stringify(milestoneState({ weight })),
  });
  const change = (id: string, field: string, newValue: string, day: string): ReplayEvent => ({
    entityType: "milestone",
    entityId: id,
    initiativeId: "i1",
    field,
    newValue,
    effectiveDate: day,
    recordedAt: new Date(`${day}T12:00:00Z`),
  });
  const initiativeCreated: ReplayEvent = {
    entityType: "initiative",
    entityId: "i1",
    initiativeId: "i1",
    field: "created",
    effectiveDate: "2026-03-02",
    recordedAt: new Date("2026-03-03T00:00:00Z"),
    newValue: JSON.stringify({ lifecycleStatus: "signed", health: "on_track" }),
  };
  const events: ReplayEvent[] = [
    initiativeCreated,
    created("a", 2),
    created("b", 1),
    created("c", 1),
    change("a", "status", "in_progress", "2026-03-20"),
    change("a", "status", "done", "2026-04-10"),
    change("c", "status", "cancelled", "2026-04-01"),
  ];

  const snapshot = (asOf: string, kind?: "mou" | "fta_upgrade") =>
    buildPortfolioSnapshot({
      initiatives: [snapshotInitiative()],
      milestones: ["a", "b", "c"].map((id) => ({
        id,
        initiativeId: "i1",
        title: id,
        workstream: null,
        provenance: "planned_estimate" as const,
      })),
      events,
      updates: [],
      asOf,
      basis: "effective",
      filters: kind ? { kind } : {},
    });

  it("rebuilds scope, started and done from the events on each week, ending on the as-of day", () => {
    const burnUp = snapshot("2026-04-12").burnUp;
    expect(burnUp.map((p) => p.date)).toEqual([
      "2026-03-01",
      "2026-03-08",
      "2026-03-15",
      "2026-03-22",
      "2026-03-29",
      "2026-04-05",
      "2026-04-12",
    ]);
    expect(burnUp[0]).toEqual({
      date: "2026-03-01",
      scope: 0,
      started: 0,
      done: 0,
      evidencedDone: 0,
    });
    expect(burnUp[2]).toEqual({
      date: "2026-03-15",
      scope: 4,
      started: 0,
      done: 0,
      evidencedDone: 0,
    });
    expect(burnUp[4]).toEqual({
      date: "2026-03-29",
      scope: 4,
      started: 2,
      done: 0,
      evidencedDone: 0,
    });
    expect(burnUp[6]).toEqual({
      date: "2026-04-12",
      scope: 3,
      started: 2,
      done: 2,
      evidencedDone: 0,
    });
    expect(snapshot("2026-04-12").initiatives[0].burnUp).toEqual(burnUp);
  });

  it("is empty when a filter leaves no initiative", () => {
    const filtered = snapshot("2026-04-12", "fta_upgrade");
    expect(filtered.initiatives).toEqual([]);
    // The same weeks as unfiltered, each with nothing in scope.
    const weeks = snapshot("2026-04-12").burnUp.map((p) => p.date);
    expect(weeks).toHaveLength(7);
    expect(filtered.burnUp).toEqual(
      weeks.map((date) => ({ date, scope: 0, started: 0, done: 0, evidencedDone: 0 })),
    );
  });
});

describe("staleness", () => {
  it("flags initiatives without an update in 30 days", () => {
    expect(isStale("2026-10-29", "2026-11-28")).toBe(false);
    expect(isStale("2026-10-28", "2026-11-28")).toBe(true);
    expect(isStale(null, "2026-11-28")).toBe(true);
  });
});

describe("forecastCompletion looking back", () => {
  it("reports the last week with progress even when it is older than the velocity window", () => {
    const samples = weekly([0, 10, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
    expect(forecastCompletion(samples)).toEqual({
      kind: "no_recent_progress",
      lastProgressOn: samples[2].date,
    });
  });
});
