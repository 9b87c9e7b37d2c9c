import { fieldsAsOf, groupFieldChanges, withReplayedState } from "./as-of";
import { burnUpPoint, type BurnUpPoint } from "./burnup";
import { sampleDays } from "./dates";
import { initiativeFigures, milestoneEvidencedProgress, portfolioFigures } from "./evidence";
import { forecastCompletion, type Forecast } from "./forecast";
import { byPlannedDate } from "./milestones";
import { countBy, countMilestones, sumCounts } from "./milestone-counts";
import { expectedProgress, initiativeProgress, portfolioProgress } from "./progress";
import {
  compareEvents,
  isVisibleAsOf,
  replay,
  replayEachDay,
  type ReplayBasis,
  type ReplayEvent,
  type ReplayResult,
  type ReplayedMilestone,
} from "./replay";
import { isStale } from "./stale";
import { describeWindow } from "./target-window";
import { firstLine } from "./text";
import { initiativeSchedule, portfolioVerdict, scheduleGap } from "./verdict";
import type { Health, InitiativeKind, IsoDay, LifecycleStatus, Side, TargetKind } from "./types";

export type InitiativeMeta = {
  id: string;
  slug: string;
  title: string;
  kind: InitiativeKind;
  targetStart: IsoDay;
  targetEnd: IsoDay;
  targetLabel: string;
  targetKind: TargetKind;
  launchDate: IsoDay;
};
export type MilestoneMeta = {
  id: string;
  initiativeId: string;
  title: string;
  workstream: string | null;
  provenance: "sourced" | "planned_estimate";
};
export type UpdateMeta = {
  initiativeId: string;
  effectiveDate: IsoDay;
  recordedAt: Date;
  /** The update's text; its first line is shown beside the initiative. */
  summary?: string;
};
export type SnapshotFilters = {
  kind?: InitiativeKind;
  health?: Health;
  side?: Side;
  workstream?: string;
};

export type SnapshotInput = {
  initiatives: InitiativeMeta[];
  milestones: MilestoneMeta[];
  events: ReplayEvent[];
  updates: UpdateMeta[];
  asOf: IsoDay;
  basis: ReplayBasis;
  filters?: SnapshotFilters;
  /** First day of the burn-up axis. */
  historyStart?: IsoDay;
};

export type TimelineMilestone = MilestoneMeta &
  Omit<ReplayedMilestone, "initiativeId" | "id"> & { slippageDays: number };

/**
 * Everything the dashboard shows, as it stood on `asOf`: replayed from change events by effective
 * date ("as of") or by recorded time ("as known on"), each initiative measured against the target
 * window it had on that day. Pages, the API and reports all call this.
 */
export function buildPortfolioSnapshot(input: SnapshotInput) {
  const { asOf, basis, filters = {} } = input;
  const events = [...input.events].sort(compareEvents);
  const state = replay(events, asOf, basis);
  const metaById = new Map(input.milestones.map((m) => [m.id, m]));
  const provenanceOf = (m: ReplayedMilestone) =>
    metaById.get(m.id)?.provenance ?? "planned_estimate";
  const evidencedIn = (replayed: ReplayResult) => (m: ReplayedMilestone) =>
    milestoneEvidencedProgress(m, provenanceOf(m), replayed.evidenced.get(m.id));
  const keepMilestone = (m: ReplayedMilestone) => {
    const meta = metaById.get(m.id);
    return (
      (!filters.side || m.side === filters.side) &&
      (!filters.workstream || meta?.workstream === filters.workstream)
    );
  };

  const fieldChanges = groupFieldChanges(events);
  const milestonesOf = groupBy(state.milestones.values(), (m) => m.initiativeId);
  const updatesOf = groupBy(input.updates, (u) => u.initiativeId);
  const initiatives = input.initiatives
    .filter((i) => state.initiatives.has(i.id))
    .map((current) => {
      const { targetStart, targetEnd, targetLabel } = current;
      const target = { targetStart, targetEnd, targetLabel };
      const meta = { ...current, ...fieldsAsOf(target, fieldChanges.get(current.id), asOf, basis) };
      const own = (milestonesOf.get(meta.id) ?? []).filter(keepMilestone);
      const replayed = state.initiatives.get(meta.id)!;
      const lastUpdateOn = latestUpdate(updatesOf.get(meta.id) ?? [], asOf, basis);
      return {
        ...meta,
        lifecycleStatus: replayed.lifecycleStatus as LifecycleStatus,
        health: replayed.health as Health,
        milestones: own,
        ...initiativeFigures(
          own.map((m) => ({ ...m, provenance: provenanceOf(m) })),
          state.evidenced,
        ),
        expectedProgress: expectedProgress(own, asOf),
        expectedAtTargetEnd: expectedProgress(own, meta.targetEnd),
        lastUpdateOn,
        stale: isStale(lastUpdateOn?.effectiveDate ?? null, asOf),
        counts: countMilestones(own, asOf),
      };
    })
    .filter(
      (i) =>
        (!filters.kind || i.kind === filters.kind) &&
        (!filters.health || i.health === filters.health),
    )
    .filter((i) => i.milestones.length > 0 || (!filters.side && !filters.workstream));

  const ids = new Set(initiatives.map((i) => i.id));
  const scopedEvents = events.filter(
    (e) =>
      ids.has(e.initiativeId) &&
      (e.entityType === "initiative" || isKept(e, metaById, filters, state)),
  );
  const days = sampleDays(input.historyStart ?? "2026-03-01", asOf, 7);
  const weekly = weeklyAggregates(scopedEvents, days, basis, evidencedIn);

  const rows = initiatives.map((i) => {
    const own = weekly.byInitiative.get(i.id) ?? [];
    const target = {
      start: i.targetStart,
      end: i.targetEnd,
      label: i.targetLabel,
      kind: i.targetKind,
      describedAs: describeWindow({ label: i.targetLabel, kind: i.targetKind }),
    };
    return {
      id: i.id,
      slug: i.slug,
      title: i.title,
      kind: i.kind,
      lifecycleStatus: i.lifecycleStatus,
      health: i.health,
      target,
      progress: i.progress,
      evidencedProgress: i.evidencedProgress,
      assumedPoints: i.assumedPoints,
      expectedProgress: i.expectedProgress,
      expectedAtTargetEnd: i.expectedAtTargetEnd,
      ...initiativeSchedule({ ...i, target }, asOf),
      lastUpdateOn: i.lastUpdateOn?.effectiveDate ?? null,
      latestUpdate: i.lastUpdateOn,
      stale: i.stale,
      counts: i.counts,
      burnUp: own.map((w) => w.burnUp),
      forecast: forecastCompletion(
        own.map((w) => ({ date: w.burnUp.date, progress: w.progress ?? 0 })),
      ) as Forecast,
      timeline: i.milestones
        .map((m) => toTimelineMilestone(m, metaById.get(m.id)))
        .sort(byPlannedDate),
    };
  });
  const figures = portfolioFigures(initiatives);
  const expected = portfolioProgress(initiatives.map((i) => i.expectedProgress));
  const counts = sumCounts(initiatives.map((i) => i.counts));
  const gap = scheduleGap(figures.progress, expected);

  return {
    asOf,
    basis,
    filters,
    ...figures,
    expectedProgress: expected,
    expectedAtTargetEnd: portfolioProgress(initiatives.map((i) => i.expectedAtTargetEnd)),
    gap,
    verdict: portfolioVerdict({
      ...figures,
      expectedProgress: expected,
      gap,
      counts,
      asOf,
      basis,
      initiatives: rows,
    }),
    counts,
    healthCounts: countBy(initiatives.map((i) => i.health)),
    scheduleCounts: countBy(rows.map((i) => i.schedule)),
    staleCount: initiatives.filter((i) => i.stale).length,
    burnUp: weekly.portfolio,
    initiatives: rows,
  };
}

export type PortfolioSnapshot = ReturnType<typeof buildPortfolioSnapshot>;
export type InitiativeSnapshot = PortfolioSnapshot["initiatives"][number];

/** Per sampled day: the portfolio burn-up and, per initiative, its burn-up and progress. */
function weeklyAggregates(
  events: ReplayEvent[],
  days: IsoDay[],
  basis: ReplayBasis,
  evidencedIn: (state: ReplayResult) => (m: ReplayedMilestone) => number,
) {
  const portfolio: BurnUpPoint[] = [];
  const byInitiative = new Map<string, { burnUp: BurnUpPoint; progress: number | null }[]>();
  replayEachDay(events, days, basis, (day, state) => {
    const grouped = new Map<string, ReplayedMilestone[]>();
    for (const m of state.milestones.values()) {
      const list = grouped.get(m.initiativeId);
      if (list) list.push(m);
      else grouped.set(m.initiativeId, [m]);
    }
    const evidencedOf = evidencedIn(state);
    portfolio.push(burnUpPoint(day, state.milestones.values(), evidencedOf));
    for (const id of state.initiatives.keys()) {
      const own = grouped.get(id) ?? [];
      const series = byInitiative.get(id) ?? [];
      series.push({
        burnUp: burnUpPoint(day, own, evidencedOf),
        progress: initiativeProgress(own),
      });
      byInitiative.set(id, series);
    }
  });
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

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function isKept(
  e: ReplayEvent,
  metaById: Map<string, MilestoneMeta>,
  filters: SnapshotFilters,
  state: ReturnType<typeof replay>,
) {
  if (!filters.side && !filters.workstream) return true;
  const meta = metaById.get(e.entityId);
  const current = state.milestones.get(e.entityId);
  return (
    (!filters.workstream || meta?.workstream === filters.workstream) &&
    (!filters.side || current?.side === filters.side)
  );
}

export type LatestUpdate = { effectiveDate: IsoDay; firstLine: string | null };

/** The newest of one initiative's status updates visible on `asOf`, with its first line. */
function latestUpdate(
  updates: UpdateMeta[],
  asOf: IsoDay,
  basis: ReplayBasis,
): LatestUpdate | null {
  let latest: UpdateMeta | null = null;
  for (const u of updates) {
    if (!isVisibleAsOf(u, asOf, basis) || u.effectiveDate > asOf) continue;
    if (
      !latest ||
      u.effectiveDate > latest.effectiveDate ||
      (u.effectiveDate === latest.effectiveDate && u.recordedAt > latest.recordedAt)
    )
      latest = u;
  }
  if (!latest) return null;
  return {
    effectiveDate: latest.effectiveDate,
    firstLine: latest.summary ? firstLine(latest.summary) || null : null,
  };
}

function toTimelineMilestone(
  m: ReplayedMilestone,
  meta: MilestoneMeta | undefined,
): TimelineMilestone {
  const row = {
    id: m.id,
    initiativeId: m.initiativeId,
    title: meta?.title ?? m.id,
    workstream: meta?.workstream ?? null,
    provenance: meta?.provenance ?? "planned_estimate",
  } as const;
  return withReplayedState(row, m);
}
