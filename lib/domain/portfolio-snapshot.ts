import { fieldsAsOf, groupFieldChanges, withReplayedState } from "./as-of";
import type { BurnUpPoint } from "./burnup";
import { sampleDays } from "./dates";
import { initiativeFigures, milestoneEvidencedProgress, portfolioFigures } from "./evidence";
import { forecastCompletion, type Forecast } from "./forecast";
import { groupBy } from "./group-by";
import { byPlannedDate } from "./milestones";
import { countBy, countMilestones, sumCounts } from "./milestone-counts";
import { expectedProgress, portfolioProgress } from "./progress";
import {
  isVisibleAsOf,
  replay,
  ReplayHistory,
  type ReplayBasis,
  type ReplayEvent,
  type ReplayResult,
  type ReplayedMilestone,
} from "./replay";
import { isStale } from "./stale";
import { describeWindow } from "./target-window";
import { firstLine } from "./text";
import { initiativeSchedule, portfolioVerdict, scheduleGap } from "./verdict";
import { weeklyAggregates } from "./weekly-series";
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
  /** Any order. */
  events: ReplayEvent[];
  /**
   * The same events kept grouped (`history.events` must be `events` itself, else it is ignored):
   * saves splitting them by initiative again on every call.
   */
  history?: ReplayHistory;
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
 *
 * Each initiative's part depends on its own events and rows only, so it is worked out per
 * initiative and the portfolio's figures are added up from the parts. With `parts` (the same
 * view's parts from an earlier call), a part whose inputs are the very same objects as then is
 * reused instead of replayed again: after one write, only the initiative written to is.
 */
export function buildPortfolioSnapshot(input: SnapshotInput, parts?: SnapshotParts) {
  const { asOf, basis, filters = {} } = input;
  const view: SnapshotView = {
    asOf,
    basis,
    filters,
    days: sampleDays(input.historyStart ?? "2026-03-01", asOf, 7),
  };
  const built = initiativeGroups(input).map((group) =>
    parts ? parts.reuse(group, view) : groupPart(group, view),
  );
  parts?.keepOnly(built);

  const shown = new Map<string, InitiativePart>();
  for (const part of built) for (const [id, shownPart] of part.shown) shown.set(id, shownPart);
  const kept = input.initiatives.flatMap((i) => shown.get(i.id) ?? []);
  const initiatives = kept.map((k) => k.figures);
  const rows = kept.map((k) => k.row);
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
    burnUp: view.days.map((date, d) => sumBurnUp(date, built, d)),
    initiatives: rows,
  };
}

export type PortfolioSnapshot = ReturnType<typeof buildPortfolioSnapshot>;
export type InitiativeSnapshot = PortfolioSnapshot["initiatives"][number];

type SnapshotView = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  /** The burn-up's days. */
  days: IsoDay[];
};

/**
 * Initiatives whose parts must be worked out together: each alone, unless a milestone's events
 * name more than one initiative (the app never writes such events), which joins them. A group
 * holds exactly what its part is computed from.
 */
type InitiativeGroup = {
  /** The group's initiative ids, sorted. */
  key: string;
  /** The group's events, in replay order. */
  events: ReplayEvent[];
  /** Its initiatives that have a row, in the input's order. */
  initiatives: InitiativeMeta[];
  /** The rows of the milestones its events name (undefined for one without a row). */
  milestones: Map<string, MilestoneMeta | undefined>;
  /** Per initiative, its status updates in the input's order. */
  updates: Map<string, UpdateMeta[]>;
};

function initiativeGroups(input: SnapshotInput): InitiativeGroup[] {
  const history =
    input.history?.events === input.events ? input.history : ReplayHistory.of(input.events);
  const joined = new UnionFind();
  for (const [a, b] of history.joined) joined.union(a, b);
  const groups = new Map<string, InitiativeGroup>();
  for (const [initiativeId, events] of history.byInitiative) {
    const root = joined.find(initiativeId);
    const group = groups.get(root);
    if (!group) {
      const blank = { initiatives: [], milestones: new Map(), updates: new Map() };
      groups.set(root, { key: initiativeId, events, ...blank });
    } else {
      // Joined initiatives replay as one list, in replay order.
      const members = [...group.key.split(" "), initiativeId].sort();
      group.key = members.join(" ");
      group.events = history.events.filter((e) => members.includes(e.initiativeId));
    }
  }
  const groupOf = (initiativeId: string) => groups.get(joined.find(initiativeId))!;
  const metaById = new Map(input.milestones.map((m) => [m.id, m]));
  for (const [milestoneId, initiativeId] of history.initiativeOf)
    groupOf(initiativeId).milestones.set(milestoneId, metaById.get(milestoneId));
  const updatesOf = groupBy(input.updates, (u) => u.initiativeId);
  for (const meta of input.initiatives) {
    if (!history.byInitiative.has(meta.id)) continue;
    const group = groupOf(meta.id);
    group.initiatives.push(meta);
    group.updates.set(meta.id, updatesOf.get(meta.id) ?? []);
  }
  return [...groups.values()];
}

/** One initiative's share of the snapshot: its figures and its row. */
type InitiativePart = { figures: ReplayedInitiative; row: ReturnType<typeof initiativeRow> };

/** A group's share: the rows of its initiatives shown, and their weight on each burn-up day. */
type GroupPart = {
  key: string;
  shown: Map<string, InitiativePart>;
  /** Per burn-up day, in the view's order; null when none of its initiatives is shown. */
  burnUp: BurnUpPoint[] | null;
};

/** One group's part, from the group and the view alone. */
function groupPart(group: InitiativeGroup, view: SnapshotView): GroupPart {
  const { asOf, basis, filters, days } = view;
  const state = replay(group.events, asOf, basis);
  const metaOf = (id: string) => group.milestones.get(id);
  const initiatives = replayedInitiatives(group, view, state);
  if (initiatives.length === 0) return { key: group.key, shown: new Map(), burnUp: null };

  const ids = new Set(initiatives.map((i) => i.id));
  const scopedEvents = group.events.filter(
    (e) =>
      ids.has(e.initiativeId) &&
      (e.entityType === "initiative" || isKept(e, metaOf, filters, state)),
  );
  const evidencedIn = (replayed: ReplayResult) => (m: ReplayedMilestone) =>
    milestoneEvidencedProgress(m, provenanceOf(group, m), replayed.evidenced.get(m.id));
  const weekly = weeklyAggregates(scopedEvents, days, basis, evidencedIn);
  const shown = new Map<string, InitiativePart>();
  for (const i of initiatives) {
    const row = initiativeRow(i, weekly.byInitiative.get(i.id) ?? [], metaOf, asOf);
    shown.set(i.id, { figures: i, row });
  }
  return { key: group.key, shown, burnUp: weekly.portfolio };
}

function provenanceOf(group: InitiativeGroup, m: ReplayedMilestone) {
  return group.milestones.get(m.id)?.provenance ?? "planned_estimate";
}

/** The group's initiatives that the view shows, each with its window, state and figures on `asOf`. */
function replayedInitiatives(group: InitiativeGroup, view: SnapshotView, state: ReplayResult) {
  const { asOf, basis, filters } = view;
  const keepMilestone = (m: ReplayedMilestone) =>
    (!filters.side || m.side === filters.side) &&
    (!filters.workstream || group.milestones.get(m.id)?.workstream === filters.workstream);
  const fieldChanges = groupFieldChanges(group.events);
  const milestonesOf = groupBy(state.milestones.values(), (m) => m.initiativeId);
  return group.initiatives
    .filter((i) => state.initiatives.has(i.id))
    .map((current) => {
      const { targetStart, targetEnd, targetLabel } = current;
      const target = { targetStart, targetEnd, targetLabel };
      const meta = { ...current, ...fieldsAsOf(target, fieldChanges.get(current.id), asOf, basis) };
      const own = (milestonesOf.get(meta.id) ?? []).filter(keepMilestone);
      const replayed = state.initiatives.get(meta.id)!;
      const lastUpdateOn = latestUpdate(group.updates.get(meta.id) ?? [], asOf, basis);
      return {
        ...meta,
        lifecycleStatus: replayed.lifecycleStatus as LifecycleStatus,
        health: replayed.health as Health,
        milestones: own,
        ...initiativeFigures(
          own.map((m) => ({ ...m, provenance: provenanceOf(group, m) })),
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
}

type ReplayedInitiative = ReturnType<typeof replayedInitiatives>[number];

function initiativeRow(
  i: ReplayedInitiative,
  weeks: { burnUp: BurnUpPoint; progress: number | null }[],
  metaOf: (id: string) => MilestoneMeta | undefined,
  asOf: IsoDay,
) {
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
    burnUp: weeks.map((w) => w.burnUp),
    forecast: forecastCompletion(
      weeks.map((w) => ({ date: w.burnUp.date, progress: w.progress ?? 0 })),
    ) as Forecast,
    timeline: i.milestones.map((m) => toTimelineMilestone(m, metaOf(m.id))).sort(byPlannedDate),
  };
}

/** The portfolio's burn-up on the `d`th day: its groups' weights added up (whole numbers). */
function sumBurnUp(date: IsoDay, parts: GroupPart[], d: number): BurnUpPoint {
  const point = { date, scope: 0, started: 0, done: 0, evidencedDone: 0 };
  for (const part of parts) {
    const own = part.burnUp?.[d];
    if (!own) continue;
    point.scope += own.scope;
    point.started += own.started;
    point.done += own.done;
    point.evidencedDone += own.evidencedDone;
  }
  return point;
}

/**
 * The parts of one view's snapshots (as of one day, by one basis, with one set of filters), kept
 * from one call to the next. A part is reused only while the objects it was computed from (its
 * group's events, rows and updates) are the very same ones: a changed row comes as a new object,
 * so it is worked out again. Whatever a call no longer needs is dropped.
 */
export class SnapshotParts {
  private view = "";
  private parts = new Map<string, { inputs: GroupInputs; part: GroupPart }>();

  /** @internal */
  reuse(group: InitiativeGroup, view: SnapshotView): GroupPart {
    const viewKey = JSON.stringify([view.asOf, view.basis, view.filters, view.days]);
    if (viewKey !== this.view) {
      this.view = viewKey;
      this.parts.clear();
    }
    const inputs = inputsOf(group);
    const kept = this.parts.get(group.key);
    if (kept && sameInputs(kept.inputs, inputs)) return kept.part;
    const part = groupPart(group, view);
    this.parts.set(group.key, { inputs, part });
    return part;
  }

  /** @internal */
  keepOnly(parts: GroupPart[]) {
    const used = new Set(parts.map((p) => p.key));
    for (const key of this.parts.keys()) if (!used.has(key)) this.parts.delete(key);
  }
}

/** Everything a group's part is computed from: its events, and its rows as one flat list. */
function inputsOf(group: InitiativeGroup): GroupInputs {
  const rows: unknown[] = [group.initiatives.length, ...group.initiatives, group.milestones.size];
  for (const [id, meta] of group.milestones) rows.push(id, meta);
  for (const [id, updates] of group.updates) rows.push(id, updates.length, ...updates);
  return { events: group.events, rows };
}

type GroupInputs = { events: readonly ReplayEvent[]; rows: unknown[] };

function sameInputs(a: GroupInputs, b: GroupInputs): boolean {
  return sameItems(a.events, b.events) && sameItems(a.rows, b.rows);
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Disjoint sets of initiative ids; an id never joined is a set of its own. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    return root;
  }

  union(a: string, b: string) {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
}

function isKept(
  e: ReplayEvent,
  metaOf: (id: string) => MilestoneMeta | undefined,
  filters: SnapshotFilters,
  state: ReturnType<typeof replay>,
) {
  if (!filters.side && !filters.workstream) return true;
  const meta = metaOf(e.entityId);
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
