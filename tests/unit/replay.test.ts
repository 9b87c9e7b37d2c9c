import { describe, expect, it } from "vitest";
import { replay, type ReplayEvent } from "@/lib/domain/replay";
import { milestoneState } from "../support/milestone-state";

const created = JSON.stringify(
  milestoneState({ baselineDate: "2026-05-01", plannedDate: "2026-05-01", weight: 2 }),
);

function ev(
  field: string,
  newValue: string | null,
  effectiveDate: string,
  recordedAt: string,
  entityType: "milestone" | "initiative" = "milestone",
): ReplayEvent {
  return {
    entityType,
    entityId: entityType === "milestone" ? "m1" : "i1",
    initiativeId: "i1",
    field,
    newValue,
    effectiveDate,
    recordedAt: new Date(recordedAt),
  };
}

const history: ReplayEvent[] = [
  ev("created", created, "2026-03-02", "2026-03-04T01:30:00Z"),
  ev("status", "in_progress", "2026-04-10", "2026-04-12T01:30:00Z"),
  ev("percentComplete", "40", "2026-04-10", "2026-04-12T01:30:00Z"),
  ev("plannedDate", "2026-08-01", "2026-05-20", "2026-06-15T01:30:00Z"),
  ev("status", "done", "2026-09-01", "2026-09-02T01:30:00Z"),
  ev("actualDate", "2026-09-01", "2026-09-01", "2026-09-02T01:30:00Z"),
];

describe("replay by effective date", () => {
  it("has no milestone before its created event", () => {
    expect(replay(history, "2026-03-01").milestones.size).toBe(0);
  });
  it("rebuilds the state on each day from the events in effect", () => {
    expect(replay(history, "2026-03-02").milestones.get("m1")).toMatchObject({
      status: "not_started",
      plannedDate: "2026-05-01",
      weight: 2,
    });
    expect(replay(history, "2026-04-10").milestones.get("m1")).toMatchObject({
      status: "in_progress",
      percentComplete: 40,
    });
    expect(replay(history, "2026-05-20").milestones.get("m1")).toMatchObject({
      plannedDate: "2026-08-01",
      baselineDate: "2026-05-01",
    });
    expect(replay(history, "2026-11-28").milestones.get("m1")).toMatchObject({
      status: "done",
      actualDate: "2026-09-01",
    });
  });
  it("does not depend on the order the events arrive in", () => {
    const shuffled = [...history].reverse();
    expect(replay(shuffled, "2026-11-28")).toEqual(replay(history, "2026-11-28"));
  });
});

describe("replay as known on (recorded time)", () => {
  it("hides a change that had happened but was not yet recorded", () => {
    // The re-plan took effect on 20 May but was only recorded on 15 June.
    expect(replay(history, "2026-06-01", "effective").milestones.get("m1")?.plannedDate).toBe(
      "2026-08-01",
    );
    expect(replay(history, "2026-06-01", "recorded").milestones.get("m1")?.plannedDate).toBe(
      "2026-05-01",
    );
    expect(replay(history, "2026-06-15", "recorded").milestones.get("m1")?.plannedDate).toBe(
      "2026-08-01",
    );
  });
  it("counts the whole day of recording (UTC)", () => {
    expect(replay(history, "2026-03-03", "recorded").milestones.size).toBe(0);
    expect(replay(history, "2026-03-04", "recorded").milestones.size).toBe(1);
  });
});

describe("initiative replay", () => {
  it("tracks lifecycle status and health", () => {
    const events = [
      ev(
        "created",
        JSON.stringify({ lifecycleStatus: "announced", health: "not_assessed" }),
        "2026-03-02",
        "2026-03-03T00:00:00Z",
        "initiative",
      ),
      ev("lifecycleStatus", "negotiating", "2026-05-10", "2026-05-11T00:00:00Z", "initiative"),
      ev("health", "at_risk", "2026-07-01", "2026-07-02T00:00:00Z", "initiative"),
    ];
    expect(replay(events, "2026-06-01").initiatives.get("i1")).toEqual({
      id: "i1",
      lifecycleStatus: "negotiating",
      health: "not_assessed",
    });
    expect(replay(events, "2026-07-01").initiatives.get("i1")?.health).toBe("at_risk");
  });
});

describe("same-day ordering", () => {
  it("applies a change recorded before the creation event of the same day after the creation", () => {
    const events = [
      ev("created", created, "2026-03-02", "2026-03-04T01:30:00Z"),
      ev("status", "done", "2026-03-02", "2026-03-02T05:00:00Z"),
    ];
    expect(replay(events, "2026-03-02").milestones.get("m1")?.status).toBe("done");
  });
});

describe("replayEachDay", () => {
  it("gives on each day exactly what a fresh replay gives, by either basis", async () => {
    const { replayEachDay } = await import("@/lib/domain/replay");
    const days = [
      "2026-03-01",
      "2026-03-02",
      "2026-04-10",
      "2026-06-01",
      "2026-06-15",
      "2026-11-28",
    ];
    for (const basis of ["effective", "recorded"] as const) {
      const seen: unknown[] = [];
      replayEachDay(history, days, basis, (_day, state) => seen.push(structuredClone(state)));
      expect(seen).toEqual(days.map((day) => replay(history, day, basis)));
    }
  });
});

describe("fieldValueAsOf", () => {
  const change = (oldValue: string, newValue: string, effectiveDate: string) => ({
    oldValue,
    newValue,
    effectiveDate,
    recordedAt: new Date(`${effectiveDate}T09:00:00Z`),
  });
  const moves = [
    change("2026-09-30", "2026-12-31", "2026-06-01"),
    change("2026-12-31", "2027-06-30", "2026-10-01"),
  ];

  it("takes the last change in effect, else what the first later change replaced, else today's value", async () => {
    const { fieldValueAsOf } = await import("@/lib/domain/as-of");
    expect(fieldValueAsOf(moves, "2026-11-01", "effective", "2027-06-30")).toBe("2027-06-30");
    expect(fieldValueAsOf(moves, "2026-07-01", "effective", "2027-06-30")).toBe("2026-12-31");
    expect(fieldValueAsOf(moves, "2026-04-01", "effective", "2027-06-30")).toBe("2026-09-30");
    expect(fieldValueAsOf([], "2026-04-01", "effective", "2026-09-30")).toBe("2026-09-30");
  });
});
