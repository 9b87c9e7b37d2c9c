import type { Confidence, IsoDay } from "../domain/types";
import type { ChangeEventView } from "./change-event";

/** One recorded change: the field changes saved together, with who, when and why. */
export type ChangeSetView = {
  changeSetId: string;
  /** When the last of its events was recorded (ISO timestamp). */
  recordedAt: string;
  effectiveDate: IsoDay;
  author: string;
  reason: string;
  evidenceUrl: string | null;
  confidence: Confidence | null;
  /** Its events that match the filters, in the order they were recorded. */
  events: ChangeEventView[];
};

/** One page of the audit table: `total` counts changes (change sets), `totalEvents` field changes. */
export type AuditPageView = {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  totalEvents: number;
  changeSets: ChangeSetView[];
  /** The page's events, newest first, as earlier clients of GET /api/audit read them. */
  events: ChangeEventView[];
};
