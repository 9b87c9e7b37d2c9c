import { formatDay } from "./domain/dates";
import {
  HEALTH_LABELS,
  LIFECYCLE_LABELS,
  MILESTONE_STATUS_LABELS,
  PROVENANCE_LABELS,
  SIDE_LABELS,
} from "./domain/labels";

export const FIELD_LABELS: Record<string, string> = {
  created: "Created",
  status: "Status",
  percentComplete: "Percent complete",
  plannedDate: "Planned date",
  actualDate: "Actual date",
  baselineDate: "Baseline date",
  side: "Responsible side",
  weight: "Weight",
  position: "Order",
  lifecycleStatus: "Lifecycle status",
  health: "Health",
  summary: "Summary",
  targetStart: "Target start",
  targetEnd: "Target end",
  targetLabel: "Target label",
  targetNote: "Target note",
  recordNote: "Record note",
  source: "Source",
  provenance: "Date source",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: MILESTONE_STATUS_LABELS,
  side: SIDE_LABELS,
  health: HEALTH_LABELS,
  lifecycleStatus: LIFECYCLE_LABELS,
  provenance: PROVENANCE_LABELS,
};

const DATE_FIELDS = new Set([
  "plannedDate",
  "actualDate",
  "baselineDate",
  "targetStart",
  "targetEnd",
]);

/** A stored change-event value as a reader should see it. */
export function formatFieldValue(field: string, value: string | null): string {
  if (value === null || value === "") return "—";
  if (field === "created") return "entered in the tracker";
  if (DATE_FIELDS.has(field)) return formatDay(value);
  if (field === "percentComplete") return `${value}%`;
  return VALUE_LABELS[field]?.[value] ?? value;
}

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;
