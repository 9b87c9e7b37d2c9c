// Shape of the seeded portfolio. The seed script turns each milestone's `history` into change
// events and derives the milestone's present values by replaying them, so history and current
// state can never disagree.
import type {
  Confidence,
  Health,
  InitiativeKind,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
  Side,
  TargetKind,
} from "../../lib/domain/types";

export type SeedSource = {
  key: string; // "S1" … as in the research notes
  title: string;
  url: string;
  publisher: string;
  publishedOn?: IsoDay;
  note?: string;
};

/** One recorded change: the fields it sets, when it happened, and why. */
export type SeedChange = {
  effective: IsoDay;
  /** Days between the change happening and an analyst recording it (default 2). */
  recordedAfterDays?: number;
  reason: string;
  evidenceSourceKey?: string;
  confidence: Confidence;
  set: Partial<{
    status: MilestoneStatus;
    percentComplete: number;
    plannedDate: IsoDay;
    actualDate: IsoDay | null;
    baselineDate: IsoDay;
    side: Side;
  }>;
};

export type SeedMilestone = {
  key: string; // stable, unique within the portfolio, e.g. "ksfta-round-1"
  title: string;
  description: string;
  side: Side;
  workstream?: string; // name of one of the initiative's workstreams
  /** The original plan date: baseline and planned date start equal. */
  baselineDate: IsoDay;
  weight: number;
  provenance: Provenance;
  sourceKeys: string[];
  /** Effective date of the milestone entering the plan (usually the signing or launch day). */
  plannedOn: IsoDay;
  history: SeedChange[];
};

export type SeedInitiativeChange = {
  effective: IsoDay;
  recordedAfterDays?: number;
  reason: string;
  evidenceSourceKey?: string;
  confidence: Confidence;
  /** Leads are replayed like the summary: a dated change to the list (e.g. an agency renamed). */
  set: Partial<{
    lifecycleStatus: LifecycleStatus;
    health: Health;
    koreaLeads: string[];
    singaporeLeads: string[];
  }>;
};

export type SeedStatusUpdate = {
  effective: IsoDay;
  recordedAfterDays?: number;
  health: Health;
  body: string;
};

export type SeedInitiative = {
  slug: string;
  title: string;
  kind: InitiativeKind;
  summary: string;
  focusAreas: string[];
  /** The leads at launch; later values come from `changes`. */
  koreaLeads: string[];
  singaporeLeads: string[];
  launchDate: IsoDay;
  /** An `official_commitment` needs `sourceKey`: the database refuses one without a source. */
  target: {
    start: IsoDay;
    end: IsoDay;
    label: string;
    kind: TargetKind;
    sourceKey?: string;
    note: string;
  };
  /** State at launch; later values come from `changes`. */
  initialLifecycleStatus: LifecycleStatus;
  initialHealth: Health;
  changes: SeedInitiativeChange[];
  owner: string;
  sourceKeys: string[];
  workstreams: { name: string; description: string }[];
  recordNotes: {
    verdict: RecordVerdict;
    briefSays: string;
    recordSays: string;
    sourceKeys: string[];
  }[];
  milestones: SeedMilestone[];
  statusUpdates: SeedStatusUpdate[];
};
