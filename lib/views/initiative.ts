import type {
  Health,
  InitiativeKind,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
  TargetKind,
} from "../domain/types";
import type { ProgressFigures } from "../domain/evidence";
import type { MilestoneCounts } from "../domain/milestone-counts";
import type { InitiativeSchedule, ScheduleStatus } from "../domain/verdict";
import type { MilestoneView } from "./milestone";
import type { SourceView } from "./source";

/**
 * A target window and whose it is: `kind` says whether it is a sourced official commitment or an
 * external expectation (the brief's); `describedAs` names it so ("the brief's mid-2026 expectation").
 */
export type TargetWindowView = {
  start: IsoDay;
  end: IsoDay;
  label: string;
  kind: TargetKind;
  describedAs: string;
};

export type InitiativeSummary = ProgressFigures & {
  id: string;
  slug: string;
  title: string;
  kind: InitiativeKind;
  lifecycleStatus: LifecycleStatus;
  health: Health;
  owner: string;
  target: TargetWindowView;
  expectedProgress: number | null;
  /** Reported minus expected progress: the one gap definition (lib/domain/verdict). */
  gap: number | null;
  /** The schedule status that gap and the overdue milestones give. */
  schedule: ScheduleStatus;
  milestoneCount: number;
  /** Milestones that count towards progress: all but the cancelled ones. */
  inScopeCount: number;
  nextMilestone: {
    id: string;
    title: string;
    plannedDate: IsoDay;
    provenance: Provenance;
    status: MilestoneStatus;
    overdue: boolean;
  } | null;
  lastUpdateOn: IsoDay | null;
};

export type PortfolioOverview = ProgressFigures & {
  asOf: IsoDay;
  expectedProgress: number | null;
  milestoneCount: number;
  inScopeCount: number;
  initiatives: InitiativeSummary[];
};

export type StatusUpdateView = {
  id: string;
  health: Health;
  body: string;
  effectiveDate: IsoDay;
  recordedAt: string;
  author: string;
};

/** Where the public record differs from (or confirms) the brief. */
export type RecordNoteView = {
  id: string;
  verdict: RecordVerdict;
  briefSays: string;
  recordSays: string;
  sources: SourceView[];
};

/** The initiative page: its detail plus the schedule verdict the dashboard prints for it. */
export type InitiativePageView = InitiativeDetail & {
  schedule: InitiativeSchedule & { expectedAtTargetEnd: number | null; counts: MilestoneCounts };
};

export type InitiativeDetail = ProgressFigures & {
  id: string;
  slug: string;
  version: number;
  title: string;
  kind: InitiativeKind;
  summary: string;
  focusAreas: string[];
  leads: { korea: string[]; singapore: string[] };
  launchDate: IsoDay;
  target: TargetWindowView & {
    note: string | null;
    source: SourceView | null;
    /** The record note on what the brief says about this window, when there is one. */
    recordNoteId: string | null;
  };
  lifecycleStatus: LifecycleStatus;
  health: Health;
  /** Whether the change that set the current value carried no evidence link. */
  unsourced: { health: boolean; lifecycleStatus: boolean };
  owner: string;
  expectedProgress: number | null;
  workstreams: { id: string; name: string; description: string | null }[];
  milestones: MilestoneView[];
  recordNotes: RecordNoteView[];
  statusUpdates: StatusUpdateView[];
  sources: SourceView[];
};
