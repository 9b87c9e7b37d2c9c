import { replay, type ReplayBasis, type ReplayEvent, type ReplayedMilestone } from "./replay";
import { sampleDays } from "./timeline";
import type { IsoDay } from "./types";

export type BurnUpPoint = { date: IsoDay; scope: number; started: number; done: number };

/** Scope, started and done in milestone weight on one day. Cancelled work leaves the scope. */
export function burnUpPoint(date: IsoDay, milestones: Iterable<ReplayedMilestone>): BurnUpPoint {
  const point = { date, scope: 0, started: 0, done: 0 };
  for (const m of milestones) {
    if (m.status === "cancelled") continue;
    point.scope += m.weight;
    if (m.status === "done") {
      point.done += m.weight;
      point.started += m.weight;
    } else if (m.status === "in_progress" || m.percentComplete > 0) {
      point.started += m.weight;
    }
  }
  return point;
}

/**
 * A burn-up rebuilt from change events alone: the state replayed on each sampled day.
 * `initiativeIds` narrows it to some initiatives (one, or a filtered portfolio).
 */
export function burnUpSeries(
  events: ReplayEvent[],
  opts: { from: IsoDay; to: IsoDay; stepDays?: number; basis?: ReplayBasis; initiativeIds?: Set<string> },
): BurnUpPoint[] {
  const relevant = opts.initiativeIds ? events.filter((e) => opts.initiativeIds!.has(e.initiativeId)) : events;
  return sampleDays(opts.from, opts.to, opts.stepDays ?? 7).map((day) =>
    burnUpPoint(day, replay(relevant, day, opts.basis ?? "effective").milestones.values()),
  );
}
