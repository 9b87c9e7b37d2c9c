import type {
  Health,
  InitiativeKind,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
} from "../domain/types";
import type { MilestoneView } from "./milestone";
import type { SourceView } from "./source";

export type InitiativeSummary = {
  id: string;
  slug: string;
  title: string;
  kind: InitiativeKind;
  lifecycleStatus: LifecycleStatus;
  health: Health;
  owner: string;
  target: { start: IsoDay; end: IsoDay; label: string };
  progress: number | null;
  expectedProgress: number | null;
  milestoneCount: number;
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

export type PortfolioOverview = {
  asOf: IsoDay;
  progress: number | null;
  expectedProgress: number | null;
  milestoneCount: number;
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

export type InitiativeDetail = {
  id: string;
  slug: string;
  version: number;
  title: string;
  kind: InitiativeKind;
  summary: string;
  focusAreas: string[];
  leads: { korea: string[]; singapore: string[] };
  launchDate: IsoDay;
  target: {
    start: IsoDay;
    end: IsoDay;
    label: string;
    note: string | null;
    source: SourceView | null;
  };
  lifecycleStatus: LifecycleStatus;
  health: Health;
  owner: string;
  progress: number | null;
  expectedProgress: number | null;
  workstreams: { id: string; name: string; description: string | null }[];
  milestones: MilestoneView[];
  recordNotes: RecordNoteView[];
  statusUpdates: StatusUpdateView[];
  sources: SourceView[];
};
