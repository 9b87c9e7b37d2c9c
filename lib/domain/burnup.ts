import { isInScope } from "./progress";
import type { ReplayedMilestone } from "./replay";
import type { IsoDay } from "./types";

export type BurnUpPoint = {
  date: IsoDay;
  scope: number;
  started: number;
  done: number;
  /** Done weight whose completion a source or an evidence link backs (evidence.ts). */
  evidencedDone: number;
};

/**
 * Scope, started, done and evidenced done in milestone weight on one day. Cancelled work leaves
 * the scope. `evidencedOf` gives a milestone's evidenced progress (0–100).
 */
export function burnUpPoint(
  date: IsoDay,
  milestones: Iterable<ReplayedMilestone>,
  evidencedOf: (m: ReplayedMilestone) => number,
): BurnUpPoint {
  const point = { date, scope: 0, started: 0, done: 0, evidencedDone: 0 };
  for (const m of milestones) {
    if (!isInScope(m)) continue;
    point.scope += m.weight;
    if (m.status === "done") {
      point.done += m.weight;
      point.started += m.weight;
      if (evidencedOf(m) >= 100) point.evidencedDone += m.weight;
    } else if (m.status === "in_progress" || m.percentComplete > 0) {
      point.started += m.weight;
    }
  }
  return point;
}
