import { describe, expect, it } from "vitest";
import { fieldsAsOf, groupFieldChanges, withReplayedState } from "@/lib/domain/as-of";
import { buildPortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import type { ReplayEvent } from "@/lib/domain/replay";
import type { MilestoneState } from "@/lib/domain/types";
import { snapshotInitiative } from "../support/snapshot-initiative";

const change = (
  field: string,
  oldValue: string | null,
  newValue: string | null,
  effectiveDate: string,
  entityType: ReplayEvent["entityType"] = "initiative",
): ReplayEvent => ({
  entityType,
  entityId: entityType === "initiative" ? "i1" : "m1",
  initiativeId: "i1",
  field,
  oldValue,
  newValue,
  effectiveDate,
  recordedAt: new Date(`${effectiveDate}T09:00:00Z`),
});

const created = (entityType: ReplayEvent["entityType"], value: object): ReplayEvent => ({
  ...change("created", null, JSON.stringify(value), "2026-03-02", entityType),
});

describe("initiative fields as of a day", () => {
  const events = [
    change("targetEnd", "2026-09-30", "2026-12-31", "2026-07-01"),
    change("targetNote", null, "Moved after the summit", "2026-07-01"),
    change("status", "not_started", "in_progress", "2026-07-01", "milestone"),
    change("health", "on_track", "at_risk", "2026-07-01"),
  ];
  const today = { targetEnd: "2026-12-31", targetNote: "Moved after the summit", summary: "Now" };

  it("groups only initiative window changes, by initiative and field", () => {
    const grouped = groupFieldChanges(events).get("i1")!;
    expect([...grouped.keys()]).toEqual(["targetEnd", "targetNote"]);
  });
  it("takes the value before the first later change, and today's when nothing changed", () => {
    const past = fieldsAsOf(today, groupFieldChanges(events).get("i1"), "2026-05-01", "effective");
    expect(past).toEqual({ targetEnd: "2026-09-30", targetNote: null, summary: "Now" });
  });
  it("keeps today's values on and after the change", () => {
    const past = fieldsAsOf(today, groupFieldChanges(events).get("i1"), "2026-07-01", "effective");
    expect(past).toEqual(today);
  });
  it("replaces a row's recorded fields and recomputes its slippage", () => {
    const state: MilestoneState = {
      status: "in_progress",
      percentComplete: 40,
      baselineDate: "2026-05-01",
      plannedDate: "2026-05-11",
      actualDate: null,
      side: "joint",
      weight: 2,
    };
    const row = { id: "m1", title: "Round 1", status: "done", slippageDays: 99 };
    expect(withReplayedState(row, state)).toEqual({
      id: "m1",
      title: "Round 1",
      ...state,
      slippageDays: 10,
    });
  });
});

describe("the portfolio snapshot", () => {
  it("measures each initiative against the target window it had on the day", () => {
    const events = [
      created("initiative", { lifecycleStatus: "signed", health: "on_track" }),
      change("targetEnd", "2026-09-30", "2026-12-31", "2026-07-01"),
    ];
    const snapshot = (asOf: string) =>
      buildPortfolioSnapshot({
        initiatives: [snapshotInitiative({ targetEnd: "2026-12-31" })],
        milestones: [],
        events,
        updates: [],
        asOf,
        basis: "effective",
      }).initiatives[0].target;
    expect(snapshot("2026-06-01").end).toBe("2026-09-30");
    expect(snapshot("2026-08-01").end).toBe("2026-12-31");
  });
});
