// Pure: a deterministic portfolio of any size for benchmarks. Initiatives, milestones and change
// events come to exactly the sizes asked for, and every generated description goes through the
// seed's own builder (build.ts), so current rows are what the generated events replay to.
import { addDaysIso, daysBetween } from "../../../lib/domain/dates";
import type { IsoDay, MilestoneStatus } from "../../../lib/domain/types";
import { buildInitiative, type BuiltInitiative } from "../build";
import type { SeedInitiative, SeedSource } from "../types";
import { apportion } from "./apportion";
import {
  initiativeDescription,
  initiativeFrame,
  milestoneFrame,
  type InitiativeFrame,
  type MilestoneFrame,
} from "./frames";
import { initiativeHistory } from "./initiative-changes";
import { MIN_EVENTS, milestoneHistory } from "./milestone-history";
import { createRng } from "./random";

export type GenerateOptions = {
  seed: number;
  initiatives: number;
  /** Milestones in all. */
  milestones: number;
  /** Change events in all, each initiative's and milestone's creation included. */
  events: number;
  /** The last day any change takes effect or is recorded (tests pin today to 2026-11-28). */
  historyEnd?: IsoDay;
  /** How far back the history reaches. */
  historyDays?: number;
  /** Display position of the first generated initiative (after the seeded portfolio). */
  firstPosition?: number;
};

export type GeneratedPortfolio = {
  /** Each initiative's own sources (example.org pages), in the order of `initiatives`. */
  sources: SeedSource[][];
  descriptions: SeedInitiative[];
  initiatives: BuiltInitiative[];
};

export const DEFAULT_HISTORY_END: IsoDay = "2026-11-28";
const DEFAULT_HISTORY_DAYS = 3 * 365;
/** The initiatives' own changes (health, lifecycle) among all changes; the rest are milestones'. */
const INITIATIVE_SHARE = 0.06;
const OUTCOME_APPETITE: Record<MilestoneStatus, number> = {
  not_started: 0.3,
  in_progress: 1,
  blocked: 1.2,
  cancelled: 0.6,
  done: 1.1,
};

export function generatePortfolio(options: GenerateOptions): GeneratedPortfolio {
  checkSizes(options);
  const { seed, historyEnd = DEFAULT_HISTORY_END, firstPosition = 100 } = options;
  const historyStart = addDaysIso(historyEnd, -(options.historyDays ?? DEFAULT_HISTORY_DAYS));
  const frameRngs = Array.from({ length: options.initiatives }, (_, i) =>
    createRng(seed, 2 * i + 1),
  );
  const initiatives = frameRngs.map((rng, i) => initiativeFrame(rng, i, historyStart, historyEnd));
  const perInitiative = apportion(
    options.milestones,
    initiatives.map((f) => ({
      weight: f.size,
      min: options.milestones >= options.initiatives ? 1 : 0,
      max: Infinity,
    })),
  );
  const milestones = initiatives.map((frame, i) =>
    Array.from({ length: perInitiative[i] }, (_, n) =>
      milestoneFrame(frameRngs[i], frame, n, historyEnd),
    ),
  );
  const budgets = eventBudgets(options, initiatives, milestones, historyEnd);

  const descriptions: SeedInitiative[] = [];
  const built = initiatives.map((frame, i) => {
    const rng = createRng(seed, 2 * i + 2);
    const description: SeedInitiative = {
      ...initiativeDescription(rng, frame, seed, milestones[i].length),
      ...initiativeHistory(
        rng,
        {
          initialLifecycle: frame.initialLifecycle,
          initialHealth: frame.initialHealth,
          from: addDaysIso(frame.launchDate, 1),
          to: historyEnd,
          evidenceKeys: frame.sources.map((s) => s.key),
          historyEnd,
        },
        budgets.initiatives[i],
      ),
      milestones: milestones[i].map((m, n) => ({
        key: m.key,
        title: m.title,
        description: `Generated milestone ${n + 1} of agreement ${frame.number} (benchmark data).`,
        side: m.side,
        workstream: m.workstream,
        baselineDate: m.baselineDate,
        weight: m.weight,
        provenance: m.provenance,
        sourceKeys: m.sourceKeys,
        plannedOn: m.plannedOn,
        history: milestoneHistory(
          rng,
          { ...m, evidenceKeys: frame.sources.map((s) => s.key), historyEnd },
          budgets.milestones[i][n],
        ),
      })),
    };
    descriptions.push(description);
    return buildInitiative(description, frame.sources, firstPosition + i);
  });

  const events = built.reduce((sum, b) => sum + b.events.length, 0);
  if (events !== options.events)
    throw new Error(`Generated ${events} change events instead of ${options.events}.`);
  return { sources: initiatives.map((f) => f.sources), descriptions, initiatives: built };
}

/** Refuses sizes no portfolio can have (the script checks them before touching the database). */
export function checkSizes({ initiatives, milestones, events, seed }: GenerateOptions) {
  for (const [name, value] of Object.entries({ initiatives, milestones, events, seed }))
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number of at least 0 (got ${value}).`);
  if (seed > 0xffff_ffff) throw new Error(`seed must be below 2^32 (got ${seed}).`);
  if (initiatives < 1) throw new Error("Generate at least one initiative.");
  if (events < initiatives + milestones)
    throw new Error(
      `${events} change events are too few: each initiative and milestone records its creation (${initiatives + milestones}).`,
    );
}

/**
 * Hands out the changes (beyond each creation): a share to the initiatives by how long they have
 * run, the rest to milestones by their final status and window, at least what that status needs.
 */
function eventBudgets(
  options: GenerateOptions,
  initiatives: InitiativeFrame[],
  milestones: MilestoneFrame[][],
  historyEnd: IsoDay,
) {
  const rng = createRng(options.seed, 0);
  const changes = options.events - options.initiatives - options.milestones;
  const all = milestones.flat();
  const capacity = (m: MilestoneFrame) => daysBetween(m.from, m.to) + 1;
  const initiativeDays = initiatives.map((f) => daysBetween(f.launchDate, historyEnd));
  const initiativeChanges = Math.min(
    Math.round(changes * INITIATIVE_SHARE),
    initiativeDays.reduce((sum, d) => sum + d, 0),
  );
  const milestoneChanges = changes - initiativeChanges;
  // Too few events for every final status: the latest milestones have not started yet.
  let needed = all.reduce((sum, m) => sum + MIN_EVENTS[m.outcome], 0);
  for (let i = all.length - 1; i >= 0 && needed > milestoneChanges; i--) {
    needed -= MIN_EVENTS[all[i].outcome];
    all[i].outcome = "not_started";
  }
  const room = all.reduce((sum, m) => sum + capacity(m), 0);
  if (room < milestoneChanges)
    throw new Error(
      `${options.events} change events do not fit: the milestones have room for about ${room + initiativeChanges + options.initiatives + options.milestones}.`,
    );
  const flat = apportion(
    milestoneChanges,
    all.map((m) => ({
      weight: OUTCOME_APPETITE[m.outcome] * (0.3 + capacity(m) / 365) * (0.6 + 0.8 * rng.next()),
      min: MIN_EVENTS[m.outcome],
      max: capacity(m),
    })),
  );
  let next = 0;
  const perMilestone = milestones.map((list) => list.map(() => flat[next++]));
  return {
    initiatives: apportion(
      initiativeChanges,
      initiativeDays.map((days) => ({
        weight: (0.3 + days / 365) * (0.6 + 0.8 * rng.next()),
        min: 0,
        max: days,
      })),
    ),
    milestones: perMilestone,
  };
}
