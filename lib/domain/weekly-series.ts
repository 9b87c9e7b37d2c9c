import type { BurnUpPoint } from "./burnup";
import { isInScope, milestoneProgress } from "./progress";
import {
  replayEachDay,
  type ReplayBasis,
  type ReplayEvent,
  type ReplayResult,
  type ReplayedMilestone,
} from "./replay";
import type { IsoDay } from "./types";

/** Per sampled day: the portfolio burn-up and, per initiative, its burn-up and progress. */
export function weeklyAggregates(
  events: readonly ReplayEvent[],
  days: IsoDay[],
  basis: ReplayBasis,
  evidencedIn: (state: ReplayResult) => (m: ReplayedMilestone) => number,
) {
  const portfolio: BurnUpPoint[] = [];
  const byInitiative = new Map<string, { burnUp: BurnUpPoint; progress: number | null }[]>();
  const totals = new RunningTotals(evidencedIn);
  const watcher = {
    before: (id: string, state: ReplayResult) => totals.count(state, id, -1),
    after: (id: string, state: ReplayResult) => totals.count(state, id, 1),
  };
  replayEachDay(
    events,
    days,
    basis,
    (day, state) => {
      portfolio.push(totals.burnUp(day, totals.portfolio));
      for (const id of state.initiatives.keys()) {
        const own = totals.byInitiative.get(id);
        const series = byInitiative.get(id) ?? [];
        series.push({
          burnUp: totals.burnUp(day, own),
          progress: own && own.scope > 0 ? own.weightedProgress / own.scope : null,
        });
        byInitiative.set(id, series);
      }
    },
    watcher,
  );
  // An initiative created mid-way has no points before it existed: pad with empty weeks.
  for (const [id, series] of byInitiative) {
    const missing = days.length - series.length;
    if (missing > 0)
      byInitiative.set(id, [
        ...days.slice(0, missing).map((date) => ({
          burnUp: { date, scope: 0, started: 0, done: 0, evidencedDone: 0 },
          progress: 0,
        })),
        ...series,
      ]);
  }
  return { portfolio, byInitiative };
}

type Totals = Omit<BurnUpPoint, "date"> & {
  /** Σ weight × progress over the milestones in scope: `initiativeProgress` is this ÷ scope. */
  weightedProgress: number;
};

/**
 * What `burnUpPoint` and `initiativeProgress` would add up over every replayed milestone, kept as
 * running totals (the portfolio's and each initiative's) that each milestone change moves by its
 * old and new share. Weights and percentages are whole numbers, so the sums are exact in any order.
 */
class RunningTotals {
  readonly portfolio = emptyTotals();
  readonly byInitiative = new Map<string, Totals>();

  constructor(
    private readonly evidencedIn: (state: ReplayResult) => (m: ReplayedMilestone) => number,
  ) {}

  /** Adds (sign 1) or takes away (sign −1) the milestone's share, as the state now holds it. */
  count(state: ReplayResult, milestoneId: string, sign: 1 | -1) {
    const m = state.milestones.get(milestoneId);
    if (!m || !isInScope(m)) return;
    let own = this.byInitiative.get(m.initiativeId);
    if (!own) this.byInitiative.set(m.initiativeId, (own = emptyTotals()));
    const weight = sign * m.weight;
    const done = m.status === "done";
    const started = done || m.status === "in_progress" || m.percentComplete > 0;
    const evidencedDone = done && this.evidencedIn(state)(m) >= 100;
    for (const totals of [this.portfolio, own]) {
      totals.scope += weight;
      if (started) totals.started += weight;
      if (done) totals.done += weight;
      if (evidencedDone) totals.evidencedDone += weight;
      totals.weightedProgress += weight * milestoneProgress(m);
    }
  }

  burnUp(date: IsoDay, totals: Totals | undefined): BurnUpPoint {
    const { scope, started, done, evidencedDone } = totals ?? emptyTotals();
    return { date, scope, started, done, evidencedDone };
  }
}

function emptyTotals(): Totals {
  return { scope: 0, started: 0, done: 0, evidencedDone: 0, weightedProgress: 0 };
}
