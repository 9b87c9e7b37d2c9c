import { addDaysIso, daysBetween } from "../dates";
import { groupBy } from "../group-by";
import { describeForecast } from "../forecast";
import { DUE_WINDOW_DAYS } from "../milestone-counts";
import { byPlannedDate, isOpen, isOverdue } from "../milestones";
import {
  buildPortfolioSnapshot,
  type PortfolioSnapshot,
  type SnapshotFilters,
  type SnapshotInput,
  type TimelineMilestone,
} from "../portfolio-snapshot";
import { isVisibleAsOf, type ReplayBasis } from "../replay";
import { describeWindow, portfolioWindow } from "../target-window";
import { HEALTHS, type Health, type IsoDay, type RecordVerdict } from "../types";
import { GAP_DEFINITION, SCHEDULE_STATUSES, overdueSummary, windowStatement } from "../verdict";
import {
  changeEventScope,
  changeEventsInScope,
  type ChangeEventScope,
  type ScopedChangeEvent,
} from "./change-events";
import { diffReports } from "./changes";
import { SourceNumbering } from "./source-numbering";
import type {
  ReportDocument,
  ReportInitiative,
  ReportMilestone,
  ReportMilestoneRef,
  ReportStatusUpdate,
} from "./types";

export type * from "./types";

/** How many open milestones an initiative's "next" list names. */
export const NEXT_MILESTONES = 3;

export type ReportInput = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  /** One initiative's slug, or absent for the whole portfolio. */
  initiativeSlug?: string;
  author: string;
  status: "draft" | "published";
  id: string | null;
  /** ISO timestamps. */
  publishedAt: string | null;
  generatedAt: string;
  /** What the snapshot replays (lib/server/dashboard loadReplayInputs, without its updates). */
  replay: Pick<SnapshotInput, "initiatives" | "milestones" | "events">;
  /**
   * The snapshot of these inputs and status updates on `asOf`, by `basis`, with `filters` (for one
   * initiative's report, of that initiative alone), when the caller already has it: see
   * reportSnapshot. Built here when absent.
   */
  snapshot?: PortfolioSnapshot;
  /** Each milestone's stored version and cited sources. */
  milestoneDetails: { id: string; version: number; sourceIds: string[] }[];
  /** Each initiative's cited sources, its target window's source first. */
  initiativeSources: { initiativeId: string; sourceIds: string[] }[];
  statusUpdates: {
    initiativeId: string;
    effectiveDate: IsoDay;
    recordedAt: Date;
    health: Health;
    body: string;
    author: string;
  }[];
  /** In their display order. */
  recordNotes: {
    initiativeId: string;
    verdict: RecordVerdict;
    briefSays: string;
    recordSays: string;
    sourceIds: string[];
  }[];
  /** Every source; `key` is how texts cite it ("[S3]"), rewritten as endnote numbers. */
  sources: {
    id: string;
    key?: string;
    title: string;
    publisher: string;
    url: string;
    publishedOn: IsoDay | null;
  }[];
  /**
   * The change events (any order) of the report's scope and period (see reportChangeEventScope),
   * or more; the report keeps those in scope. All of them, or only the newest when
   * `changeEventsTotal` says how many there are in all.
   */
  changeEvents: ScopedChangeEvent[];
  /**
   * How many change events the scope holds, counted where they are stored, when `changeEvents`
   * holds only the newest.
   */
  changeEventsTotal?: number;
  /** The previous published report of the same scope, whose changes this one lists. */
  previous: ReportDocument | null;
};

/** The report: the dashboard's snapshot on `asOf`, with the detail a briefing needs, as plain JSON. */
export function buildReportDocument(input: ReportInput): ReportDocument {
  const { asOf, basis, filters } = input;
  const replay = scopedReplay(input);
  const snapshot = reportSnapshot(input);
  const sources = new SourceNumbering(input.sources);
  const versions = new Map(input.milestoneDetails.map((m) => [m.id, m]));
  const initiativeSources = new Map(
    input.initiativeSources.map((i) => [i.initiativeId, i.sourceIds]),
  );
  const notesOf = groupBy(input.recordNotes, (n) => n.initiativeId);
  const updatesOf = groupBy(input.statusUpdates, (u) => u.initiativeId);

  const initiatives = snapshot.initiatives.map((i): ReportInitiative => {
    const sourceRefs = sources.refs(initiativeSources.get(i.id) ?? []);
    const recordNotes = (notesOf.get(i.id) ?? []).map((n) => {
      const linked = sources.refs(n.sourceIds);
      const brief = sources.cite(n.briefSays);
      const record = sources.cite(n.recordSays);
      return {
        briefSays: brief.text,
        recordSays: record.text,
        verdict: n.verdict,
        sourceRefs: [...new Set([...linked, ...brief.refs, ...record.refs])].sort((a, b) => a - b),
      };
    });
    const milestones = i.timeline.map((m) => reportMilestone(m, asOf, versions, sources));
    return {
      id: i.id,
      slug: i.slug,
      title: i.title,
      kind: i.kind,
      lifecycleStatus: i.lifecycleStatus,
      health: i.health,
      schedule: i.schedule,
      healthDisagreement: i.healthDisagreement,
      progress: i.progress,
      evidencedProgress: i.evidencedProgress,
      assumedPoints: i.assumedPoints,
      expectedProgress: i.expectedProgress,
      expectedAtTargetEnd: i.expectedAtTargetEnd,
      gap: i.gap,
      verdict: i.verdict,
      window: i.window,
      target: i.target,
      overdueSummary: i.overdueSummary,
      counts: i.counts,
      stale: i.stale,
      latestUpdate: citedUpdate(latestUpdate(updatesOf.get(i.id) ?? [], asOf, basis), sources),
      milestones,
      ...milestoneLists(milestones, asOf),
      forecast: i.forecast,
      forecastText: describeForecast(i.forecast),
      recordNotes,
      sourceRefs,
    };
  });

  const target = portfolioWindow(snapshot.initiatives.map((i) => i.target));
  const describedAs = describeWindow(target);
  const scopeLabel = input.initiativeSlug
    ? (replay.initiatives[0]?.title ?? input.initiativeSlug)
    : "Whole portfolio";
  const previousReport = publishedReference(input.previous);
  const eventScope = reportChangeEventScope(input, snapshot);
  const changeEvents = changeEventsInScope(input.changeEvents, eventScope);

  const document: ReportDocument = {
    version: 1,
    title: input.initiativeSlug
      ? `Status report: ${scopeLabel}`
      : "Status report: Korea–Singapore agenda",
    asOf,
    basis,
    filters,
    scope: { slug: input.initiativeSlug ?? null, label: scopeLabel },
    author: input.author,
    status: input.status,
    id: input.id,
    publishedAt: input.publishedAt,
    generatedAt: input.generatedAt,
    verdict: snapshot.verdict,
    gapDefinition: GAP_DEFINITION,
    headline: {
      initiativeCount: snapshot.initiatives.length,
      reported: snapshot.progress,
      evidenced: snapshot.evidencedProgress,
      assumedPoints: snapshot.assumedPoints,
      expected: snapshot.expectedProgress,
      expectedAtWindowEnd: snapshot.expectedAtTargetEnd,
      gap: snapshot.gap,
      counts: snapshot.counts,
      overdueSummary: overdueSummary(snapshot.counts),
      healthCounts: fullCounts(HEALTHS, snapshot.healthCounts),
      scheduleCounts: fullCounts(SCHEDULE_STATUSES, snapshot.scheduleCounts),
      staleCount: snapshot.staleCount,
      window: {
        ...target,
        describedAs,
        statement: windowStatement(snapshot.progress, snapshot.expectedAtTargetEnd, target, asOf),
        note:
          target.kind === "external_expectation"
            ? `The ${target.label} window is the brief's expectation: a news summary's words, not a commitment by either government. Being behind it sets no initiative off track.`
            : null,
      },
    },
    initiatives,
    previousReport,
    changes: [],
    changeEventsRange: { from: eventScope.from, to: eventScope.to },
    changeEvents,
    changeEventsTotal: Math.max(input.changeEventsTotal ?? 0, changeEvents.length),
    sources: sources.list(),
  };
  document.changes = diffReports(input.previous, document);
  return document;
}

/**
 * The snapshot a report shows: the caller's (`input.snapshot`), or the portfolio's on `asOf` (only
 * the report's initiative when it is about one) built from the input.
 */
export function reportSnapshot(
  input: Pick<
    ReportInput,
    "asOf" | "basis" | "filters" | "initiativeSlug" | "replay" | "statusUpdates" | "snapshot"
  >,
): PortfolioSnapshot {
  return (
    input.snapshot ??
    buildPortfolioSnapshot({
      ...scopedReplay(input),
      updates: input.statusUpdates.map((u) => ({ ...u, summary: u.body })),
      asOf: input.asOf,
      basis: input.basis,
      filters: input.filters,
    })
  );
}

/**
 * The change events a report lists: of the initiatives and milestones of its snapshot, after the
 * previous published report's as-of day up to its own, by its basis.
 */
export function reportChangeEventScope(
  input: Pick<ReportInput, "asOf" | "basis" | "previous">,
  snapshot: PortfolioSnapshot,
): ChangeEventScope {
  return changeEventScope(snapshot.initiatives, {
    basis: input.basis,
    from: publishedReference(input.previous)?.asOf ?? null,
    to: input.asOf,
  });
}

/** The replay inputs narrowed to one initiative when the report is about one. */
function scopedReplay(
  input: Pick<ReportInput, "replay" | "initiativeSlug">,
): ReportInput["replay"] {
  const { replay, initiativeSlug } = input;
  if (!initiativeSlug) return replay;
  const initiatives = replay.initiatives.filter((i) => i.slug === initiativeSlug);
  const ids = new Set(initiatives.map((i) => i.id));
  return {
    initiatives,
    milestones: replay.milestones.filter((m) => ids.has(m.initiativeId)),
    events: replay.events.filter((e) => ids.has(e.initiativeId)),
  };
}

function reportMilestone(
  m: TimelineMilestone,
  asOf: IsoDay,
  details: Map<string, { version: number; sourceIds: string[] }>,
  sources: SourceNumbering,
): ReportMilestone {
  const detail = details.get(m.id);
  return {
    id: m.id,
    version: detail?.version ?? 1,
    title: m.title,
    workstream: m.workstream,
    side: m.side,
    status: m.status,
    percent: m.status === "done" ? 100 : m.percentComplete,
    weight: m.weight,
    baselineDate: m.baselineDate,
    plannedDate: m.plannedDate,
    actualDate: m.actualDate,
    slippageDays: m.slippageDays,
    overdueDays: isOverdue(m, asOf) ? daysBetween(m.plannedDate, asOf) : null,
    provenance: m.provenance,
    sourceRefs: sources.refs(detail?.sourceIds ?? []),
  };
}

/** Done, due (within 30 days), overdue, slipped and the next open milestones. */
function milestoneLists(milestones: ReportMilestone[], asOf: IsoDay) {
  const ref = (m: ReportMilestone, date: IsoDay | null, days?: number): ReportMilestoneRef =>
    days === undefined
      ? { id: m.id, title: m.title, date }
      : { id: m.id, title: m.title, date, days };
  const dueBy = addDaysIso(asOf, DUE_WINDOW_DAYS);
  const open = milestones.filter(isOpen);
  return {
    done: milestones
      .filter((m) => m.status === "done")
      .map((m) => ref(m, m.actualDate ?? m.plannedDate, m.slippageDays))
      .sort(byDate),
    due: open
      .filter((m) => m.plannedDate >= asOf && m.plannedDate <= dueBy)
      .map((m) => ref(m, m.plannedDate)),
    overdue: open
      .filter((m) => m.overdueDays !== null)
      .map((m) => ref(m, m.plannedDate, m.overdueDays!)),
    slipped: milestones
      .filter((m) => m.status !== "cancelled" && m.slippageDays > 0)
      .sort((a, b) => b.slippageDays - a.slippageDays || byPlannedDate(a, b))
      .map((m) => ref(m, m.actualDate ?? m.plannedDate, m.slippageDays)),
    next: open
      .filter((m) => m.plannedDate >= asOf)
      .slice(0, NEXT_MILESTONES)
      .map((m) => ref(m, m.plannedDate)),
  };
}

const byDate = (a: ReportMilestoneRef, b: ReportMilestoneRef) =>
  (a.date ?? "").localeCompare(b.date ?? "") || a.title.localeCompare(b.title);

/** The newest of one initiative's status updates visible on `asOf`, whole. */
function latestUpdate(
  updates: ReportInput["statusUpdates"],
  asOf: IsoDay,
  basis: ReplayBasis,
): ReportStatusUpdate | null {
  let latest: ReportInput["statusUpdates"][number] | null = null;
  for (const u of updates) {
    if (u.effectiveDate > asOf) continue;
    if (!isVisibleAsOf(u, asOf, basis)) continue;
    if (
      !latest ||
      u.effectiveDate > latest.effectiveDate ||
      (u.effectiveDate === latest.effectiveDate && u.recordedAt > latest.recordedAt)
    )
      latest = u;
  }
  return latest
    ? {
        date: latest.effectiveDate,
        health: latest.health,
        body: latest.body,
        author: latest.author,
      }
    : null;
}

function citedUpdate(update: ReportStatusUpdate | null, sources: SourceNumbering) {
  return update ? { ...update, body: sources.cite(update.body).text } : null;
}

function publishedReference(previous: ReportDocument | null): ReportDocument["previousReport"] {
  if (!previous?.id || !previous.publishedAt) return null;
  return { id: previous.id, publishedAt: previous.publishedAt, asOf: previous.asOf };
}

function fullCounts<T extends string>(
  keys: readonly T[],
  counts: Partial<Record<T, number>>,
): Record<T, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<T, number>;
}
