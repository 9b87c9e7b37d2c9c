import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currentValueSourced,
  describeAssumedShare,
  evidencedFromSteps,
  initiativeEvidencedProgress,
  initiativeFigures,
  isUnsourcedClaim,
  milestoneEvidencedProgress,
  nextEvidenced,
  portfolioFigures,
} from "@/lib/domain/evidence";
import { initiativeProgress, milestoneProgress } from "@/lib/domain/progress";
import { compareEvents, replay, type ReplayEvent } from "@/lib/domain/replay";
import { MILESTONE_STATUSES, type MilestoneState, type Provenance } from "@/lib/domain/types";
import { milestoneState } from "../support/milestone-state";

const LINK = "https://example.org/evidence";
let clock = 0;

/** One change to milestone `id`, recorded in the order the test writes it. */
function change(
  id: string,
  field: string,
  newValue: string,
  effectiveDate: string,
  evidenceUrl: string | null = null,
): ReplayEvent {
  clock += 1;
  return {
    entityType: "milestone",
    entityId: id,
    initiativeId: "i1",
    field,
    newValue,
    effectiveDate,
    recordedAt: new Date(Date.UTC(2026, 10, 28, 0, 0, clock)),
    evidenceUrl,
  };
}
const created = (id: string, evidenceUrl: string | null = null, over = {}) =>
  change(id, "created", JSON.stringify(milestoneState(over)), "2026-03-02", evidenceUrl);

/** Reported and evidenced progress of milestone `id` after replaying `events` to `asOf`. */
function figuresOf(
  events: ReplayEvent[],
  id: string,
  asOf = "2026-11-28",
  provenance: Provenance = "planned_estimate",
) {
  const state = replay(events, asOf);
  const m = state.milestones.get(id)!;
  return {
    reported: milestoneProgress(m),
    evidenced: milestoneEvidencedProgress(m, provenance, state.evidenced.get(id)),
  };
}

describe("the evidence rule for one change", () => {
  it("backs all the progress after a change with an evidence link, else no more than before", () => {
    expect(nextEvidenced(20, 60, LINK)).toBe(60);
    expect(nextEvidenced(20, 60, null)).toBe(20);
    expect(nextEvidenced(20, 60, undefined)).toBe(20);
    expect(nextEvidenced(50, 10, null)).toBe(10);
    expect(nextEvidenced(50, 10, LINK)).toBe(10);
  });
  it("walks a milestone's changes from its creation", () => {
    expect(evidencedFromSteps([])).toBe(0);
    expect(evidencedFromSteps([{ progressAfter: 40 }])).toBe(0);
    expect(evidencedFromSteps([{ progressAfter: 40, evidenceUrl: LINK }])).toBe(40);
    expect(
      evidencedFromSteps([
        { progressAfter: 0, evidenceUrl: LINK },
        { progressAfter: 30, evidenceUrl: LINK },
        { progressAfter: 70 },
      ]),
    ).toBe(30);
  });
});

describe("evidenced progress replayed from change events", () => {
  it("keeps only the evidenced part when progress rose without evidence after an evidenced change", () => {
    const events = [
      created("m1", LINK),
      change("m1", "status", "in_progress", "2026-04-01", LINK),
      change("m1", "percentComplete", "30", "2026-04-01", LINK),
      change("m1", "percentComplete", "70", "2026-06-01"),
    ];
    expect(figuresOf(events, "m1", "2026-05-01")).toEqual({ reported: 30, evidenced: 30 });
    expect(figuresOf(events, "m1")).toEqual({ reported: 70, evidenced: 30 });
  });

  it("backs the whole of it again once a later change carries evidence", () => {
    const events = [
      created("m1"),
      change("m1", "status", "in_progress", "2026-04-01"),
      change("m1", "percentComplete", "50", "2026-04-01"),
      change("m1", "status", "done", "2026-07-01", LINK),
    ];
    expect(figuresOf(events, "m1", "2026-06-30")).toEqual({ reported: 50, evidenced: 0 });
    expect(figuresOf(events, "m1")).toEqual({ reported: 100, evidenced: 100 });
  });

  it("follows progress down without evidence: never more than there is", () => {
    const events = [
      created("m1"),
      change("m1", "status", "in_progress", "2026-04-01", LINK),
      change("m1", "percentComplete", "60", "2026-04-01", LINK),
      change("m1", "percentComplete", "20", "2026-05-01"),
      change("m1", "percentComplete", "80", "2026-06-01"),
    ];
    expect(figuresOf(events, "m1")).toEqual({ reported: 80, evidenced: 20 });
  });

  it("counts the creation as a change, with its own event's evidence", () => {
    const started = { status: "in_progress", percentComplete: 40 };
    expect(figuresOf([created("m1", LINK, started)], "m1")).toEqual({
      reported: 40,
      evidenced: 40,
    });
    expect(figuresOf([created("m1", null, started)], "m1")).toEqual({
      reported: 40,
      evidenced: 0,
    });
  });

  it("ignores changes that do not move progress, even with evidence", () => {
    const events = [
      created("m1"),
      change("m1", "status", "in_progress", "2026-04-01"),
      change("m1", "percentComplete", "50", "2026-04-01"),
      change("m1", "plannedDate", "2026-12-01", "2026-05-01", LINK),
    ];
    expect(figuresOf(events, "m1")).toEqual({ reported: 50, evidenced: 0 });
  });

  it("counts a sourced milestone's progress whole, whatever its changes carried", () => {
    const events = [created("m1"), change("m1", "status", "done", "2026-04-01")];
    expect(figuresOf(events, "m1", "2026-11-28", "sourced")).toEqual({
      reported: 100,
      evidenced: 100,
    });
  });

  it("applies evidence as known on a day: a change recorded later is not yet visible", () => {
    const recordedOn = (e: ReplayEvent, day: string) => ({
      ...e,
      recordedAt: new Date(`${day}T01:30:00Z`),
    });
    const events = [
      recordedOn(created("m1"), "2026-03-03"),
      recordedOn(change("m1", "status", "done", "2026-04-01", LINK), "2026-06-10"),
    ];
    const known = (day: string) => replay(events, day, "recorded").evidenced.get("m1");
    expect(known("2026-06-09")).toBe(0);
    expect(known("2026-06-10")).toBe(100);
  });

  it("does not depend on the order the events arrive in", () => {
    const events = [
      created("m1", LINK),
      change("m1", "status", "in_progress", "2026-04-01", LINK),
      change("m1", "percentComplete", "30", "2026-04-01", LINK),
      change("m1", "percentComplete", "70", "2026-06-01"),
    ];
    expect(replay([...events].reverse(), "2026-11-28").evidenced).toEqual(
      replay(events, "2026-11-28").evidenced,
    );
  });
});

describe("evidenced progress of an initiative and the portfolio", () => {
  const m = (id: string, over: Partial<MilestoneState>, provenance: Provenance) => ({
    ...milestoneState(over),
    id,
    provenance,
  });

  it("rolls up like reported progress: weight-weighted, cancelled work out of scope", () => {
    const milestones = [
      m("a", { status: "done", weight: 2 }, "sourced"),
      m("b", { status: "in_progress", percentComplete: 50, weight: 2 }, "planned_estimate"),
      m("c", { status: "cancelled", weight: 5 }, "planned_estimate"),
    ];
    const figures = initiativeFigures(milestones, new Map([["b", 20]]));
    expect(figures.progress).toBe(75);
    expect(figures.evidencedProgress).toBe(60);
    expect(figures.assumedPoints).toBe(15);
    expect(initiativeEvidencedProgress([])).toBeNull();
    expect(initiativeFigures([], new Map())).toEqual({
      progress: null,
      evidencedProgress: null,
      assumedPoints: null,
    });
  });

  it("averages initiatives plainly, each counting once", () => {
    const portfolio = portfolioFigures([
      { progress: 80, evidencedProgress: 40, assumedPoints: 40 },
      { progress: 20, evidencedProgress: 20, assumedPoints: 0 },
      { progress: null, evidencedProgress: null, assumedPoints: null },
    ]);
    expect(portfolio).toEqual({ progress: 50, evidencedProgress: 30, assumedPoints: 20 });
  });

  it("is never above reported progress, for any history of changes (property)", () => {
    const step = fc.record({
      field: fc.constantFrom("status", "percentComplete"),
      status: fc.constantFrom(...MILESTONE_STATUSES),
      percent: fc.integer({ min: 0, max: 100 }),
      evidenced: fc.boolean(),
      day: fc.integer({ min: 3, max: 28 }),
    });
    const milestone = fc.record({
      weight: fc.integer({ min: 1, max: 5 }),
      sourced: fc.boolean(),
      createdWithEvidence: fc.boolean(),
      steps: fc.array(step, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(milestone, { minLength: 1, maxLength: 5 }), (list) => {
        const events = list.flatMap((spec, n) => {
          const id = `m${n}`;
          return [
            created(id, spec.createdWithEvidence ? LINK : null, { weight: spec.weight }),
            ...spec.steps.map((s) =>
              change(
                id,
                s.field,
                s.field === "status" ? s.status : String(s.percent),
                `2026-04-${String(s.day).padStart(2, "0")}`,
                s.evidenced ? LINK : null,
              ),
            ),
          ];
        });
        const state = replay(events, "2026-11-28");
        const milestones = list.map((spec, n) => ({
          ...state.milestones.get(`m${n}`)!,
          provenance: (spec.sourced ? "sourced" : "planned_estimate") as Provenance,
        }));
        for (const m of milestones) {
          const evidenced = milestoneEvidencedProgress(m, m.provenance, state.evidenced.get(m.id));
          expect(evidenced).toBeGreaterThanOrEqual(0);
          expect(evidenced).toBeLessThanOrEqual(milestoneProgress(m));
        }
        const figures = initiativeFigures(milestones, state.evidenced);
        expect(figures.progress).toEqual(initiativeProgress(milestones));
        expect(figures.evidencedProgress === null).toBe(figures.progress === null);
        expect(figures.evidencedProgress ?? 0).toBeLessThanOrEqual((figures.progress ?? 0) + 1e-9);
        // The fold over the milestone's own steps gives what replay kept.
        const own = events
          .filter((e) => e.entityId === "m0")
          .sort(compareEvents)
          .map((e, k, all) => ({
            progressAfter: milestoneProgress(replayUpTo(all.slice(0, k + 1))),
            evidenceUrl: e.evidenceUrl,
          }));
        expect(state.evidenced.get("m0")).toBe(evidencedFromSteps(own));
      }),
      { numRuns: 300 },
    );
  });
});

/** The milestone m0 after exactly these events, in this order. */
function replayUpTo(events: ReplayEvent[]) {
  let state = milestoneState();
  for (const e of events) {
    if (e.field === "created") state = JSON.parse(e.newValue!);
    else if (e.field === "status")
      state = { ...state, status: e.newValue as MilestoneState["status"] };
    else if (e.field === "percentComplete")
      state = { ...state, percentComplete: Number(e.newValue) };
  }
  return state;
}

describe("the assumed share in words", () => {
  it("says how many of the reported points no evidence backs", () => {
    expect(
      describeAssumedShare({ progress: 24, evidencedProgress: 18.6, assumedPoints: 5.4 }),
    ).toBe(
      "5 of the 24 points reported are the tracker's assumption: no source or evidence link backs them.",
    );
    expect(
      describeAssumedShare({ progress: 30, evidencedProgress: 29.4, assumedPoints: 0.6 }),
    ).toBe(
      "Under 1 of the 30 points reported is the tracker's assumption: no source or evidence link backs it.",
    );
    expect(describeAssumedShare({ progress: 30, evidencedProgress: 30, assumedPoints: 0 })).toBe(
      "Every point reported is evidenced.",
    );
    expect(
      describeAssumedShare({ progress: null, evidencedProgress: null, assumedPoints: null }),
    ).toBe("No milestone is in scope.");
  });
});

describe("unsourced health and lifecycle changes", () => {
  const initiative = (
    field: string,
    newValue: string,
    day: string,
    evidenceUrl: string | null,
  ) => ({
    ...change("i1", field, newValue, day, evidenceUrl),
    entityType: "initiative" as const,
  });

  it("flags a health or lifecycle change without an evidence link, and nothing else", () => {
    expect(isUnsourcedClaim({ field: "health", evidenceUrl: null })).toBe(true);
    expect(isUnsourcedClaim({ field: "lifecycleStatus", evidenceUrl: null })).toBe(true);
    expect(isUnsourcedClaim({ field: "health", evidenceUrl: LINK })).toBe(false);
    expect(isUnsourcedClaim({ field: "percentComplete", evidenceUrl: null })).toBe(false);
  });

  it("asks of the change that set the current value, the creation included", () => {
    const events = [
      initiative(
        "created",
        '{"lifecycleStatus":"signed","health":"not_assessed"}',
        "2026-03-02",
        LINK,
      ),
      initiative("health", "on_track", "2026-04-01", null),
      initiative("lifecycleStatus", "implementing", "2026-05-01", LINK),
    ].sort(compareEvents);
    expect(currentValueSourced(events.slice(0, 1), "i1", "health")).toBe(true);
    expect(currentValueSourced(events, "i1", "health")).toBe(false);
    expect(currentValueSourced(events, "i1", "lifecycleStatus")).toBe(true);
    expect(currentValueSourced([], "i1", "health")).toBe(false);
  });
});
