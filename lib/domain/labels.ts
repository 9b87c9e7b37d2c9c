// What each enum value reads as, wherever it is shown: pages, charts, tables, history.
import type {
  Health,
  InitiativeKind,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
  Role,
  Side,
} from "./types";

export const HEALTH_LABELS: Record<Health, string> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  not_assessed: "Not assessed",
};

export const KIND_LABELS: Record<InitiativeKind, string> = {
  fta_upgrade: "FTA upgrade",
  mou: "MOU",
  investment_agreement: "Investment agreement",
  other: "Other",
};

export const LIFECYCLE_LABELS: Record<LifecycleStatus, string> = {
  announced: "Announced",
  negotiating: "Negotiating",
  signed: "Signed",
  implementing: "Implementing",
  completed: "Completed",
  on_hold: "On hold",
  terminated: "Terminated",
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  cancelled: "Cancelled",
};

export const SIDE_LABELS: Record<Side, string> = {
  korea: "Korea",
  singapore: "Singapore",
  joint: "Joint",
};

export const PROVENANCE_LABELS: Record<Provenance, string> = {
  sourced: "Sourced",
  planned_estimate: "Plan (estimate)",
};

export const VERDICT_LABELS: Record<RecordVerdict, string> = {
  differs: "Record differs from brief",
  unverified: "Unverified",
  disputed: "Disputed",
  consistent: "Consistent with brief",
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  analyst: "Analyst",
  executive: "Executive",
};
