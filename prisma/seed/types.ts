// Shape of the seeded portfolio. The seed script turns each milestone's `history` into change
// events and derives the milestone's present values by replaying them, so history and current
// state can never disagree.
// The domain's own names for statuses, sides and days, so the seed cannot drift from the app.
import type * as Domain from "../../lib/domain/types";

export type SeedSource = {
  key: string; // "S1" … as in the research notes
  title: string;
  url: string;
  publisher: string;
  publishedOn?: Domain.IsoDay;
  note?: string;
};

/** One recorded change: the fields it sets, when it happened, and why. */
export type SeedChange = {
  effective: Domain.IsoDay;
  /** Days between the change happening and an analyst recording it (default 2). */
  recordedAfterDays?: number;
  reason: string;
  evidenceSourceKey?: string;
  confidence: Domain.Confidence;
  set: Partial<{
    status: Domain.MilestoneStatus;
    percentComplete: number;
    plannedDate: Domain.IsoDay;
    actualDate: Domain.IsoDay | null;
    baselineDate: Domain.IsoDay;
    side: Domain.Side;
  }>;
};

export type SeedMilestone = {
  key: string; // stable, unique within the portfolio, e.g. "ksfta-round-1"
  title: string;
  description: string;
  side: Domain.Side;
  workstream?: string; // name of one of the initiative's workstreams
  /** The original plan date: baseline and planned date start equal. */
  baselineDate: Domain.IsoDay;
  weight: number;
  provenance: Domain.Provenance;
  sourceKeys: string[];
  /** Effective date of the milestone entering the plan (usually the signing or launch day). */
  plannedOn: Domain.IsoDay;
  history: SeedChange[];
};

export type SeedInitiativeChange = {
  effective: Domain.IsoDay;
  recordedAfterDays?: number;
  reason: string;
  evidenceSourceKey?: string;
  confidence: Domain.Confidence;
  /** Leads are replayed like the summary: a dated change to the list (e.g. an agency renamed). */
  set: Partial<{
    lifecycleStatus: Domain.LifecycleStatus;
    health: Domain.Health;
    koreaLeads: string[];
    singaporeLeads: string[];
  }>;
};

export type SeedStatusUpdate = {
  effective: Domain.IsoDay;
  recordedAfterDays?: number;
  health: Domain.Health;
  body: string;
};

export type SeedInitiative = {
  slug: string;
  title: string;
  kind: Domain.InitiativeKind;
  summary: string;
  focusAreas: string[];
  /** The leads at launch; later values come from `changes`. */
  koreaLeads: string[];
  singaporeLeads: string[];
  launchDate: Domain.IsoDay;
  /** An `official_commitment` needs `sourceKey`: the database refuses one without a source. */
  target: {
    start: Domain.IsoDay;
    end: Domain.IsoDay;
    label: string;
    kind: Domain.TargetKind;
    sourceKey?: string;
    note: string;
  };
  /** State at launch; later values come from `changes`. */
  initialLifecycleStatus: Domain.LifecycleStatus;
  initialHealth: Domain.Health;
  changes: SeedInitiativeChange[];
  owner: string;
  sourceKeys: string[];
  workstreams: { name: string; description: string }[];
  recordNotes: {
    verdict: Domain.RecordVerdict;
    briefSays: string;
    recordSays: string;
    sourceKeys: string[];
  }[];
  milestones: SeedMilestone[];
  statusUpdates: SeedStatusUpdate[];
};
