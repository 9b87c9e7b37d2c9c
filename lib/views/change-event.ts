import type { Confidence, IsoDay } from "../domain/types";

/** One recorded change to one field, as history lists show it. */
export type ChangeEventView = {
  id: string;
  changeSetId: string;
  entityType: "initiative" | "milestone";
  initiative: { slug: string; title: string };
  milestone: { id: string; title: string } | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  effectiveDate: IsoDay;
  recordedAt: string;
  author: string;
  reason: string;
  evidenceUrl: string | null;
  confidence: Confidence | null;
  /** A health or lifecycle change recorded without an evidence link. */
  unsourced: boolean;
};
