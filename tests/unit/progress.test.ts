import { describe, expect, it } from "vitest";
import {
  expectedProgress,
  initiativeProgress,
  milestoneProgress,
  portfolioProgress,
} from "@/lib/domain/progress";
import { milestoneState as m } from "../support/milestone-state";

describe("milestoneProgress", () => {
  it("is 100 when done, whatever percent was recorded", () => {
    expect(milestoneProgress(m({ status: "done", percentComplete: 40 }))).toBe(100);
  });
  it("is the recorded percent while in progress, clamped to 0–100", () => {
    expect(milestoneProgress(m({ status: "in_progress", percentComplete: 35 }))).toBe(35);
    expect(milestoneProgress(m({ status: "in_progress", percentComplete: 140 }))).toBe(100);
  });
  it("is 0 for not started and blocked, even with a stale percent", () => {
    expect(milestoneProgress(m({ status: "not_started", percentComplete: 50 }))).toBe(0);
    expect(milestoneProgress(m({ status: "blocked", percentComplete: 60 }))).toBe(0);
  });
});

describe("initiativeProgress", () => {
  it("is the weight-weighted mean over milestones in scope", () => {
    const value = initiativeProgress([
      m({ status: "done", weight: 3 }),
      m({ status: "in_progress", percentComplete: 50, weight: 1 }),
    ]);
    expect(value).toBeCloseTo((3 * 100 + 1 * 50) / 4);
  });
  it("keeps not-started milestones in the denominator", () => {
    expect(initiativeProgress([m({ status: "done" }), m({ status: "not_started" })])).toBe(50);
  });
  it("drops cancelled milestones from the denominator", () => {
    expect(initiativeProgress([m({ status: "done" }), m({ status: "cancelled", weight: 5 })])).toBe(
      100,
    );
  });
  it("is null when nothing is in scope", () => {
    expect(initiativeProgress([m({ status: "cancelled" })])).toBeNull();
    expect(initiativeProgress([])).toBeNull();
  });
});

describe("portfolioProgress", () => {
  it("is the plain mean over initiatives, ignoring ones without scope", () => {
    expect(portfolioProgress([100, 0, null, 50])).toBe(50);
  });
  it("is null for an empty portfolio", () => {
    expect(portfolioProgress([null])).toBeNull();
  });
});

describe("expectedProgress", () => {
  const plan = [
    m({ baselineDate: "2026-03-02", weight: 1 }),
    m({ baselineDate: "2026-06-30", weight: 2, plannedDate: "2026-12-01" }),
    m({ baselineDate: "2027-03-01", weight: 1 }),
  ];
  it("counts weight whose baseline falls on or before the day, not the re-planned date", () => {
    expect(expectedProgress(plan, "2026-03-01")).toBe(0);
    expect(expectedProgress(plan, "2026-03-02")).toBe(25);
    expect(expectedProgress(plan, "2026-06-30")).toBe(75);
    expect(expectedProgress(plan, "2027-12-31")).toBe(100);
  });
  it("ignores cancelled milestones", () => {
    expect(
      expectedProgress(
        [...plan, m({ status: "cancelled", baselineDate: "2026-01-01", weight: 10 })],
        "2026-03-02",
      ),
    ).toBe(25);
  });
});
