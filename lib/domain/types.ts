// Plain domain types shared by pure functions, services, seed and UI. Values mirror the Prisma enums.
export const ROLES = ["admin", "analyst", "executive"] as const;
export type Role = (typeof ROLES)[number];

export const INITIATIVE_KINDS = ["fta_upgrade", "mou", "investment_agreement", "other"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const LIFECYCLE_STATUSES = [
  "announced",
  "negotiating",
  "signed",
  "implementing",
  "completed",
  "on_hold",
  "terminated",
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const HEALTHS = ["on_track", "at_risk", "off_track", "not_assessed"] as const;
export type Health = (typeof HEALTHS)[number];

export const SIDES = ["korea", "singapore", "joint"] as const;
export type Side = (typeof SIDES)[number];

export const MILESTONE_STATUSES = [
  "not_started",
  "in_progress",
  "done",
  "blocked",
  "cancelled",
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const PROVENANCES = ["sourced", "planned_estimate"] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Whose target window it is: a government's sourced commitment, or an expectation from outside (the brief's). */
export const TARGET_KINDS = ["official_commitment", "external_expectation"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const CONFIDENCES = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const RECORD_VERDICTS = ["differs", "unverified", "disputed", "consistent"] as const;
export type RecordVerdict = (typeof RECORD_VERDICTS)[number];

/** A calendar day as "YYYY-MM-DD": milestone and effective dates carry no time of day. */
export type IsoDay = string;

/** The milestone fields whose changes are recorded and replayed. */
export const MILESTONE_STATE_FIELDS = [
  "status",
  "percentComplete",
  "baselineDate",
  "plannedDate",
  "actualDate",
  "side",
  "weight",
] as const;
export type MilestoneState = {
  status: MilestoneStatus;
  percentComplete: number;
  baselineDate: IsoDay;
  plannedDate: IsoDay;
  actualDate: IsoDay | null;
  side: Side;
  weight: number;
};

/** The initiative fields whose changes are recorded and replayed. */
export type InitiativeState = {
  lifecycleStatus: LifecycleStatus;
  health: Health;
};

/** Pseudo-field of the first event of every milestone or initiative: its value is the initial state as JSON. */
export const CREATED_FIELD = "created";
