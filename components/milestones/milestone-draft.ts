import type { MilestonePatchInput } from "@/lib/client/use-milestone-update";
import { fieldLabel, formatFieldValue } from "@/lib/field-labels";
import type { IsoDay } from "@/lib/domain/types";
import type { MilestoneView } from "@/lib/views/milestone";

/** The editor's values as the inputs hold them (text), beside what the change says about itself. */
export type Draft = {
  status: string;
  percentComplete: string;
  plannedDate: string;
  actualDate: string;
  side: string;
  reason: string;
  effectiveDate: string;
  evidenceUrl: string;
  confidence: string;
};

/** The recorded fields an analyst edits here, in the order the editor shows them. */
export const EDITABLE_FIELDS = [
  "status",
  "percentComplete",
  "plannedDate",
  "actualDate",
  "side",
] as const;
type Editable = (typeof EDITABLE_FIELDS)[number];

/** The reason a "Mark done" change starts with; the analyst may rewrite it. */
export const MARK_DONE_REASON = "Done, as the linked evidence shows";
const REASON_MAX = 2000;

export function draftOf(m: MilestoneView): Draft {
  return {
    status: m.status,
    percentComplete: String(m.percentComplete),
    plannedDate: m.plannedDate,
    actualDate: m.actualDate ?? "",
    side: m.side,
    reason: "",
    effectiveDate: "",
    evidenceUrl: "",
    confidence: "",
  };
}

/**
 * The draft after choosing `status`: done work is 100% and happened on a day (today unless one is
 * given), so the first save does not fail on a missing actual date; leaving done clears that day,
 * which only done work may have, and brings back the percentage the milestone had.
 */
export function withStatus(d: Draft, status: string, today: IsoDay, base: MilestoneView): Draft {
  if (status === "done")
    return { ...d, status, percentComplete: "100", actualDate: d.actualDate || today };
  if (d.status !== "done") return { ...d, status };
  const percent = base.status === "done" ? d.percentComplete : String(base.percentComplete);
  return { ...d, status, actualDate: "", percentComplete: percent };
}

/** "Mark done": done today at 100%, with a reason already written; the evidence link is the analyst's. */
export function markDoneDraft(m: MilestoneView, today: IsoDay): Draft {
  return { ...withStatus(draftOf(m), "done", today, m), reason: MARK_DONE_REASON };
}

/** Only what the analyst changed is sent, with the version the form was opened on. */
export function patchOf(base: MilestoneView, d: Draft): MilestonePatchInput {
  const patch: MilestonePatchInput = { version: base.version, reason: d.reason };
  if (d.status !== base.status) patch.status = d.status;
  if (d.percentComplete !== String(base.percentComplete))
    patch.percentComplete = Number(d.percentComplete);
  if (d.plannedDate !== base.plannedDate) patch.plannedDate = d.plannedDate;
  if (d.actualDate !== (base.actualDate ?? "")) patch.actualDate = d.actualDate || null;
  if (d.side !== base.side) patch.side = d.side;
  if (d.effectiveDate) patch.effectiveDate = d.effectiveDate;
  if (d.evidenceUrl) patch.evidenceUrl = d.evidenceUrl;
  if (d.confidence) patch.confidence = d.confidence;
  return patch;
}

function changedFields(from: MilestoneView, to: MilestoneView): Editable[] {
  return EDITABLE_FIELDS.filter((f) => (from[f] ?? null) !== (to[f] ?? null));
}

/**
 * The change that puts back what `updated` replaced: a new change on the current version, so the
 * history keeps both. Null when the two agree on every edited field.
 */
export function undoPatch(
  previous: MilestoneView,
  updated: MilestoneView,
  reason: string,
): MilestonePatchInput | null {
  const fields = changedFields(updated, previous);
  if (fields.length === 0) return null;
  const patch: MilestonePatchInput = {
    version: updated.version,
    reason: `Undo of: ${reason}`.slice(0, REASON_MAX),
  };
  for (const f of fields) Object.assign(patch, { [f]: previous[f] });
  return patch;
}

/** "Status: Not started → Done; Percent complete: 0% → 100%", for the confirmation line. */
export function describeChange(previous: MilestoneView, updated: MilestoneView): string {
  return changedFields(previous, updated)
    .map((f) => {
      const value = (v: string | number | null) =>
        formatFieldValue(f, v === null ? null : String(v));
      return `${fieldLabel(f)}: ${value(previous[f])} → ${value(updated[f])}`;
    })
    .join("; ");
}
