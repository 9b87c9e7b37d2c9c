// One generated milestone's history: a final status chosen by how old its baseline is, then a
// sequence of dated changes (start, percent steps, re-plans, the final step) that records exactly
// the number of change events the milestone was given.
import { addDaysIso, daysBetween } from "../../../lib/domain/dates";
import { SIDES, type IsoDay, type MilestoneStatus, type Side } from "../../../lib/domain/types";
import type { SeedChange } from "../types";
import type { Rng } from "./random";
import { REPLAN_CAUSES } from "./vocabulary";

/** Planned dates stay before this day however often a milestone is re-planned. */
const PLAN_LIMIT: IsoDay = "2029-12-31";

export type HistoryFrame = {
  outcome: MilestoneStatus;
  baselineDate: IsoDay;
  side: Side;
  /** The first and last day a change may take effect. */
  from: IsoDay;
  to: IsoDay;
  /** Sources the milestone's changes cite as evidence. */
  evidenceKeys: string[];
  historyEnd: IsoDay;
};

/** The fewest change events that reach each final status. */
export const MIN_EVENTS: Record<MilestoneStatus, number> = {
  not_started: 0,
  in_progress: 1,
  blocked: 2,
  cancelled: 1,
  done: 3,
};

/** Older milestones are more likely done; later ones more likely not started yet. */
export function chooseOutcome(rng: Rng, baselineDate: IsoDay, historyEnd: IsoDay): MilestoneStatus {
  const age = daysBetween(baselineDate, historyEnd);
  const odds: [MilestoneStatus, number][] =
    age > 180
      ? [
          ["done", 78],
          ["cancelled", 5],
          ["blocked", 5],
          ["in_progress", 9],
          ["not_started", 3],
        ]
      : age > 0
        ? [
            ["done", 50],
            ["cancelled", 4],
            ["blocked", 8],
            ["in_progress", 30],
            ["not_started", 8],
          ]
        : age > -365
          ? [
              ["done", 10],
              ["cancelled", 3],
              ["blocked", 5],
              ["in_progress", 50],
              ["not_started", 32],
            ]
          : [
              ["done", 2],
              ["cancelled", 2],
              ["blocked", 2],
              ["in_progress", 20],
              ["not_started", 74],
            ];
  return rng.weighted(odds);
}

type Step =
  | { kind: "start"; percent: number }
  | { kind: "progress"; percent: number }
  | { kind: "replan" | "rebaseline" | "side" | "block" | "done" | "cancel" };

/** The changes of one milestone, recording exactly `events` change events (beyond its creation). */
export function milestoneHistory(rng: Rng, frame: HistoryFrame, events: number): SeedChange[] {
  const steps = planSteps(rng, frame.outcome, events);
  const days = spreadDays(rng, frame.from, frame.to, steps.length);
  const state = {
    status: "not_started" as MilestoneStatus,
    percentComplete: 0,
    plannedDate: frame.baselineDate,
    baselineDate: frame.baselineDate,
    side: frame.side,
  };
  let recorded = 0;
  const changes = steps.map((step, n) => {
    const change = describeStep(rng, step, state, days[n], frame);
    Object.assign(state, change.set);
    recorded += Object.keys(change.set).length;
    return change;
  });
  if (recorded !== events)
    throw new Error(`Milestone history recorded ${recorded} events instead of ${events}.`);
  return changes;
}

function planSteps(rng: Rng, outcome: MilestoneStatus, events: number): Step[] {
  const skeleton = skeletonFor(rng, outcome, events);
  let rest = events - skeleton.cost;
  const start = skeleton.start;
  const progress: Step[] = [];
  if (start) {
    const ceiling = outcome === "cancelled" ? 80 : outcome === "blocked" ? 90 : 95;
    const open: number[] = [];
    for (let p = start.percent + 5; p <= ceiling; p += 5) open.push(p);
    const count = Math.min(open.length, Math.round(rest * (0.35 + rng.next() * 0.4)));
    progress.push(
      ...rng.sample(open, count).map((percent) => ({ kind: "progress" as const, percent })),
    );
    rest -= count;
  }
  const extras: Step[] = [];
  if (rest > 0 && rng.chance(0.04)) extras.push({ kind: "side" });
  if (rest > extras.length && rng.chance(0.08)) extras.push({ kind: "rebaseline" });
  rest -= extras.length;
  const replans: Step[] = Array.from({ length: rest }, () => ({ kind: "replan" as const }));
  const final = skeleton.final ? [skeleton.final] : [];
  if (!start) return [...shuffle(rng, [...replans, ...extras]), ...final];
  const before = Math.min(replans.length, rng.int(0, 2));
  const middle = interleave(rng, progress, shuffle(rng, [...replans.slice(before), ...extras]));
  return [...replans.slice(0, before), start, ...middle, ...final];
}

/** The steps every history with this final status needs, sized to the events it may record. */
function skeletonFor(rng: Rng, outcome: MilestoneStatus, events: number) {
  const opening = () => 5 * rng.int(1, 5);
  const startWith = (withPercent: boolean): Step & { kind: "start" } => ({
    kind: "start",
    percent: withPercent ? opening() : 0,
  });
  const costOf = (start: { percent: number } | null) => (start ? (start.percent ? 2 : 1) : 0);
  switch (outcome) {
    case "not_started":
      return { start: null, final: null, cost: 0 };
    case "in_progress": {
      const start = startWith(events >= 2);
      return { start, final: null, cost: costOf(start) };
    }
    case "blocked": {
      const start = startWith(events >= 3);
      return { start, final: { kind: "block" as const }, cost: costOf(start) + 1 };
    }
    case "cancelled": {
      const start = events >= 2 ? startWith(events >= 3) : null;
      return { start, final: { kind: "cancel" as const }, cost: costOf(start) + 1 };
    }
    case "done": {
      const start = events >= 4 ? startWith(events >= 5) : null;
      return { start, final: { kind: "done" as const }, cost: costOf(start) + 3 };
    }
  }
}

function describeStep(
  rng: Rng,
  step: Step,
  state: { status: MilestoneStatus; plannedDate: IsoDay; baselineDate: IsoDay; side: Side },
  effective: IsoDay,
  frame: HistoryFrame,
): SeedChange {
  const base = {
    effective,
    recordedAfterDays: Math.min(recordingLag(rng), daysBetween(effective, frame.historyEnd)),
  };
  const evidence = (probability: number) =>
    frame.evidenceKeys.length && rng.chance(probability)
      ? { evidenceSourceKey: rng.pick(frame.evidenceKeys) }
      : {};
  switch (step.kind) {
    case "start":
      return {
        ...base,
        ...evidence(0.3),
        reason: "Work started: counterparts confirmed and a first meeting held.",
        confidence: "medium",
        set: step.percent
          ? { status: "in_progress", percentComplete: step.percent }
          : { status: "in_progress" },
      };
    case "progress":
      return {
        ...base,
        ...evidence(0.35),
        reason: `Progress recorded: about ${step.percent}% of the agreed steps done.`,
        confidence: rng.pick(["low", "medium"] as const),
        set: { percentComplete: step.percent },
      };
    case "rebaseline":
      if (state.plannedDate !== state.baselineDate)
        return {
          ...base,
          reason: "Baseline moved to the current plan after a review of the calendar.",
          confidence: "medium",
          set: { baselineDate: state.plannedDate },
        };
      return replan(rng, base, state.plannedDate, evidence(0.2));
    case "replan":
      return replan(rng, base, state.plannedDate, evidence(0.2));
    case "side":
      return {
        ...base,
        reason: "Lead side corrected after checking the record.",
        confidence: "high",
        set: { side: rng.pick(SIDES.filter((s) => s !== state.side)) },
      };
    case "block":
      return {
        ...base,
        ...evidence(0.5),
        reason: "Blocked: waiting on a decision from the other side.",
        confidence: "medium",
        set: { status: "blocked" },
      };
    case "cancel":
      return {
        ...base,
        ...evidence(0.6),
        reason: "Cancelled: the work was folded into another milestone.",
        confidence: "medium",
        set: { status: "cancelled" },
      };
    case "done":
      return {
        ...base,
        ...(frame.evidenceKeys.length ? { evidenceSourceKey: rng.pick(frame.evidenceKeys) } : {}),
        reason: "Completed, as the public record shows.",
        confidence: "high",
        set: { status: "done", percentComplete: 100, actualDate: effective },
      };
  }
}

function replan(
  rng: Rng,
  base: Pick<SeedChange, "effective" | "recordedAfterDays">,
  plannedDate: IsoDay,
  evidence: { evidenceSourceKey?: string },
): SeedChange {
  let weeks = rng.weighted<[number, number]>([
    [[1, 4], 50],
    [[5, 12], 30],
    [[13, 26], 10],
    [[-4, -1], 10],
  ] as const);
  let shift = rng.int(weeks[0], weeks[1]);
  if (addDaysIso(plannedDate, 7 * shift) > PLAN_LIMIT) {
    weeks = [-12, -1];
    shift = rng.int(weeks[0], weeks[1]);
  }
  const moved = Math.abs(shift);
  return {
    ...base,
    ...evidence,
    reason: `Re-planned ${moved} week${moved === 1 ? "" : "s"} ${shift > 0 ? "later" : "earlier"}: ${rng.pick(REPLAN_CAUSES)}.`,
    confidence: "medium",
    set: { plannedDate: addDaysIso(plannedDate, 7 * shift) },
  };
}

/** Mostly recorded within days; now and then weeks late. */
function recordingLag(rng: Rng): number {
  const [min, max] = rng.weighted<[number, number]>([
    [[0, 3], 70],
    [[4, 10], 25],
    [[11, 30], 5],
  ]);
  return rng.int(min, max);
}

/** `count` strictly increasing days from `from` to `to`: one in each equal slice of the window. */
export function spreadDays(rng: Rng, from: IsoDay, to: IsoDay, count: number): IsoDay[] {
  const span = daysBetween(from, to) + 1;
  if (count > span) throw new Error(`${count} changes do not fit in ${span} days.`);
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor((i * span) / count);
    const last = Math.floor(((i + 1) * span) / count) - 1;
    return addDaysIso(from, rng.int(first, last));
  });
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Both lists merged at random, each keeping its own order. */
function interleave<T>(rng: Rng, ordered: T[], others: T[]): T[] {
  const out: T[] = [];
  let a = 0;
  let b = 0;
  while (a < ordered.length || b < others.length) {
    const leftA = ordered.length - a;
    const leftB = others.length - b;
    if (rng.next() * (leftA + leftB) < leftA) out.push(ordered[a++]);
    else out.push(others[b++]);
  }
  return out;
}
