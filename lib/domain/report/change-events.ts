import type { InitiativeSnapshot } from "../portfolio-snapshot";
import type { ReplayBasis } from "../replay";
import type { IsoDay } from "../types";
import type { ReportChangeEvent } from "./types";

/**
 * Which change events a report lists: those of its initiatives (and, of their milestones, those it
 * shows, so a side or workstream filter applies) whose day, by the report's basis (the effective
 * date, or the UTC day it was recorded), falls after `from` (the previous published report's as-of
 * day; null: no earlier report) up to `to` (the report's as-of day).
 */
export type ChangeEventScope = {
  basis: ReplayBasis;
  from: IsoDay | null;
  to: IsoDay;
  initiativeIds: string[];
  milestoneIds: string[];
};

export type ScopedChangeEvent = ReportChangeEvent & { initiativeId: string };

export function changeEventScope(
  initiatives: InitiativeSnapshot[],
  period: { basis: ReplayBasis; from: IsoDay | null; to: IsoDay },
): ChangeEventScope {
  return {
    ...period,
    initiativeIds: initiatives.map((i) => i.id),
    milestoneIds: initiatives.flatMap((i) => i.timeline.map((m) => m.id)),
  };
}

/** The events in `scope`, oldest first (by effective date, then recorded time). */
export function changeEventsInScope(
  events: ScopedChangeEvent[],
  scope: ChangeEventScope,
): ReportChangeEvent[] {
  const initiativeIds = new Set(scope.initiativeIds);
  const milestoneIds = new Set(scope.milestoneIds);
  const day = (e: ReportChangeEvent) =>
    scope.basis === "effective" ? e.effectiveDate : e.recordedAt.slice(0, 10);
  return events
    .filter(
      (e) =>
        initiativeIds.has(e.initiativeId) &&
        (e.milestoneId === null || milestoneIds.has(e.milestoneId)) &&
        day(e) <= scope.to &&
        (scope.from === null || day(e) > scope.from),
    )
    .sort(
      (a, b) =>
        a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.localeCompare(b.recordedAt),
    )
    .map(({ initiativeId: _, ...event }) => event);
}
