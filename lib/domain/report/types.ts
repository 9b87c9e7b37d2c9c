import type { Forecast } from "../forecast";
import type { MilestoneCounts } from "../milestone-counts";
import type { SnapshotFilters } from "../portfolio-snapshot";
import type { ReplayBasis } from "../replay";
import type { TargetWindow } from "../target-window";
import type { ScheduleStatus } from "../verdict";
import type {
  Health,
  InitiativeKind,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
  Side,
} from "../types";

/** What the report covers: the whole portfolio (slug null) or one initiative. */
export type ReportScope = { slug: string | null; label: string };

/** What changed since the previous published report (changes.ts). */
export type ReportChange = {
  kind: "done" | "slipped" | "rebaselined" | "status" | "health" | "update";
  /** The initiative's title. */
  initiative: string;
  /** The milestone's title, for a milestone's change. */
  milestone?: string;
  text: string;
  /** Days a milestone slipped or its baseline moved (positive: later). */
  days?: number;
};

export type ReportMilestone = {
  id: string;
  version: number;
  title: string;
  workstream: string | null;
  side: Side;
  status: MilestoneStatus;
  percent: number;
  weight: number;
  baselineDate: IsoDay;
  plannedDate: IsoDay;
  actualDate: IsoDay | null;
  /** Days behind the baseline (positive late, negative early). */
  slippageDays: number;
  /** Days past the planned date of open work; null when not overdue. */
  overdueDays: number | null;
  /** "planned_estimate": the date is the tracker's plan; "sourced": a source gives it. */
  provenance: Provenance;
  /** Endnote numbers (sources[].n). */
  sourceRefs: number[];
};

/** A milestone named in one of an initiative's lists, with the day and days that matter there. */
export type ReportMilestoneRef = { id: string; title: string; date: IsoDay | null; days?: number };

export type ReportRecordNote = {
  briefSays: string;
  recordSays: string;
  verdict: RecordVerdict;
  sourceRefs: number[];
};

export type ReportStatusUpdate = { date: IsoDay; health: Health; body: string; author: string };

export type ReportInitiative = {
  id: string;
  slug: string;
  title: string;
  kind: InitiativeKind;
  lifecycleStatus: LifecycleStatus;
  health: Health;
  schedule: ScheduleStatus;
  healthDisagreement: string | null;
  progress: number | null;
  evidencedProgress: number | null;
  assumedPoints: number | null;
  expectedProgress: number | null;
  expectedAtTargetEnd: number | null;
  gap: number | null;
  verdict: string;
  /** The window statement ("Window closed 30 Sept 2026 (the brief's mid-2026 expectation): …"). */
  window: string;
  target: TargetWindow & { describedAs: string };
  overdueSummary: string;
  counts: MilestoneCounts;
  stale: boolean;
  latestUpdate: ReportStatusUpdate | null;
  milestones: ReportMilestone[];
  done: ReportMilestoneRef[];
  due: ReportMilestoneRef[];
  overdue: ReportMilestoneRef[];
  slipped: ReportMilestoneRef[];
  next: ReportMilestoneRef[];
  forecast: Forecast;
  /** The forecast in words, "not enough progress to forecast" where so. */
  forecastText: string;
  recordNotes: ReportRecordNote[];
  /** Endnotes cited by the initiative itself (and its target window). */
  sourceRefs: number[];
};

/** A change event of the Changes sheet. */
export type ReportChangeEvent = {
  /** ISO timestamp the change was recorded. */
  recordedAt: string;
  effectiveDate: IsoDay;
  author: string;
  initiative: string;
  /** The milestone's title, or null for a change to the initiative itself. */
  milestone: string | null;
  milestoneId: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  evidenceUrl: string | null;
};

export type ReportSource = {
  n: number;
  title: string;
  publisher: string;
  url: string;
  publishedOn: IsoDay | null;
};

export type ReportHeadline = {
  initiativeCount: number;
  reported: number | null;
  evidenced: number | null;
  assumedPoints: number | null;
  expected: number | null;
  expectedAtWindowEnd: number | null;
  gap: number | null;
  counts: MilestoneCounts;
  overdueSummary: string;
  healthCounts: Record<Health, number>;
  scheduleCounts: Record<ScheduleStatus, number>;
  staleCount: number;
  window: TargetWindow & {
    describedAs: string;
    statement: string;
    /** Whose window it is, for an expectation from outside; null for an official commitment. */
    note: string | null;
  };
};

export type ReportDocument = {
  version: 1;
  title: string;
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  scope: ReportScope;
  author: string;
  status: "draft" | "published";
  id: string | null;
  /** ISO timestamp. */
  publishedAt: string | null;
  /** ISO timestamp. */
  generatedAt: string;
  verdict: string;
  gapDefinition: string;
  headline: ReportHeadline;
  initiatives: ReportInitiative[];
  previousReport: { id: string; publishedAt: string; asOf: IsoDay } | null;
  changes: ReportChange[];
  /** The days the Changes sheet covers: after `from` (the previous report's as-of day), up to `to`. */
  changeEventsRange: { from: IsoDay | null; to: IsoDay };
  changeEvents: ReportChangeEvent[];
  /**
   * How many change events the Changes sheet's days hold; more than `changeEvents` when only the
   * newest are listed (see changeEventsNotice). Absent from documents published before it was kept.
   */
  changeEventsTotal?: number;
  sources: ReportSource[];
};
