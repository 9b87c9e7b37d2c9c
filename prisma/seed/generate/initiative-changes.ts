// One generated initiative's own history: lifecycle steps along the usual path, health changes
// each announced by a status update, and regular status updates in between.
import { daysBetween } from "../../../lib/domain/dates";
import type { Health, IsoDay, LifecycleStatus } from "../../../lib/domain/types";
import type { SeedInitiativeChange, SeedStatusUpdate } from "../types";
import { spreadDays } from "./milestone-history";
import type { Rng } from "./random";
import { UPDATE_LINES } from "./vocabulary";

const PATH: LifecycleStatus[] = ["announced", "negotiating", "signed", "implementing", "completed"];
const HEALTH_ODDS: [Health, number][] = [
  ["on_track", 50],
  ["at_risk", 35],
  ["off_track", 15],
];
const HEALTH_WORDS: Record<Health, string> = {
  on_track: "on track",
  at_risk: "at risk",
  off_track: "off track",
  not_assessed: "not assessed",
};

export type InitiativeFrame = {
  initialLifecycle: LifecycleStatus;
  initialHealth: Health;
  from: IsoDay;
  to: IsoDay;
  evidenceKeys: string[];
  historyEnd: IsoDay;
};

type Step = { field: "lifecycleStatus"; value: LifecycleStatus } | { field: "health" };

/** Changes recording exactly `events` change events, and the status updates that go with them. */
export function initiativeHistory(rng: Rng, frame: InitiativeFrame, events: number) {
  const steps = planSteps(rng, frame.initialLifecycle, events);
  const days = spreadDays(rng, frame.from, frame.to, steps.length);
  let health = frame.initialHealth;
  const updates: SeedStatusUpdate[] = [];
  const changes = steps.map((step, n): SeedInitiativeChange => {
    const effective = days[n];
    const base = {
      effective,
      recordedAfterDays: Math.min(rng.int(0, 4), daysBetween(effective, frame.historyEnd)),
      ...(frame.evidenceKeys.length && rng.chance(0.3)
        ? { evidenceSourceKey: rng.pick(frame.evidenceKeys) }
        : {}),
    };
    if (step.field === "lifecycleStatus")
      return {
        ...base,
        reason: `Lifecycle moved to ${step.value.replace("_", " ")}, as officials announced.`,
        confidence: "high",
        set: { lifecycleStatus: step.value },
      };
    const from = health;
    health = rng.weighted(HEALTH_ODDS.filter(([h]) => h !== from));
    updates.push(statusUpdate(rng, effective, health, base.recordedAfterDays));
    return {
      ...base,
      reason: `Health ${HEALTH_WORDS[from]} → ${HEALTH_WORDS[health]} after the latest review.`,
      confidence: rng.pick(["low", "medium", "high"] as const),
      set: { health },
    };
  });
  const statusUpdates = [...updates, ...routineUpdates(rng, frame, changes)].sort((a, b) =>
    a.effective.localeCompare(b.effective),
  );
  return { changes, statusUpdates };
}

function planSteps(rng: Rng, initial: LifecycleStatus, events: number): Step[] {
  const lifecycle: LifecycleStatus[] = [];
  const ahead = PATH.slice(PATH.indexOf(initial) + 1);
  // Most initiatives move a step or two in three years; few reach the end of the path.
  const moves = Math.floor(rng.next() ** 1.6 * (ahead.length + 1));
  lifecycle.push(...ahead.slice(0, Math.min(events, moves)));
  const last = lifecycle.at(-1) ?? initial;
  if (last !== "completed" && events - lifecycle.length >= 2 && rng.chance(0.1))
    lifecycle.push("on_hold", last);
  else if (last !== "completed" && events > lifecycle.length && rng.chance(0.03))
    lifecycle.push("terminated");
  const healthSteps = events - lifecycle.length;
  // Lifecycle steps keep their order; health changes fall anywhere between them.
  const slots = new Set(
    rng.sample(
      Array.from({ length: events }, (_, i) => i),
      lifecycle.length,
    ),
  );
  let next = 0;
  const steps: Step[] = Array.from({ length: events }, (_, i) =>
    slots.has(i) ? { field: "lifecycleStatus", value: lifecycle[next++] } : { field: "health" },
  );
  if (steps.filter((s) => s.field === "health").length !== healthSteps)
    throw new Error("Initiative history lost a step.");
  return steps;
}

/** Updates roughly every four months that restate the health in effect on their day. */
function routineUpdates(rng: Rng, frame: InitiativeFrame, changes: SeedInitiativeChange[]) {
  const count = Math.floor(daysBetween(frame.from, frame.to) / 120) + rng.int(0, 1);
  if (count === 0 || daysBetween(frame.from, frame.to) + 1 < count) return [];
  return spreadDays(rng, frame.from, frame.to, count).map((day) => {
    const lag = Math.min(rng.int(0, 3), daysBetween(day, frame.historyEnd));
    const health =
      changes.filter((c) => c.set.health && c.effective <= day).at(-1)?.set.health ??
      frame.initialHealth;
    return statusUpdate(rng, day, health, lag);
  });
}

function statusUpdate(rng: Rng, effective: IsoDay, health: Health, lag: number): SeedStatusUpdate {
  const lines = rng.sample(UPDATE_LINES, rng.int(2, 3));
  return {
    effective,
    recordedAfterDays: lag,
    health,
    body: [`Overall: ${HEALTH_WORDS[health]}.`, ...lines].join(" "),
  };
}
