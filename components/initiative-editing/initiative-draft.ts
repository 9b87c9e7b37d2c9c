import { INITIATIVE_PATCH_FIELDS, type InitiativePatchInput } from "@/lib/validation/initiative";
import type { InitiativeDetail } from "@/lib/views/initiative";

/** The slice of an initiative the edit panel works on. */
export type EditableInitiative = Pick<
  InitiativeDetail,
  "slug" | "version" | "lifecycleStatus" | "health" | "summary"
> & {
  target: Pick<InitiativeDetail["target"], "start" | "end" | "label" | "note">;
};

export type Draft = {
  lifecycleStatus: string;
  health: string;
  summary: string;
  targetStart: string;
  targetEnd: string;
  targetLabel: string;
  targetNote: string;
  reason: string;
  effectiveDate: string;
  evidenceUrl: string;
  confidence: string;
};

/** The fields the panel edits: exactly those a patch may change. */
export const DRAFT_FIELDS = INITIATIVE_PATCH_FIELDS;

export function valuesOf(i: EditableInitiative): Record<(typeof DRAFT_FIELDS)[number], string> {
  return {
    lifecycleStatus: i.lifecycleStatus,
    health: i.health,
    summary: i.summary,
    targetStart: i.target.start,
    targetEnd: i.target.end,
    targetLabel: i.target.label,
    targetNote: i.target.note ?? "",
  };
}

export function draftOf(i: EditableInitiative): Draft {
  return { ...valuesOf(i), reason: "", effectiveDate: "", evidenceUrl: "", confidence: "" };
}

export function isPristine(base: EditableInitiative, draft: Draft): boolean {
  const values = valuesOf(base);
  return (
    DRAFT_FIELDS.every((f) => draft[f] === values[f]) &&
    !draft.reason &&
    !draft.effectiveDate &&
    !draft.evidenceUrl
  );
}

/** Only the fields the analyst changed go out, with the version the panel was based on. */
export function patchOf(base: EditableInitiative, draft: Draft): InitiativePatchInput {
  const values = valuesOf(base);
  const patch: Record<string, unknown> = { version: base.version, reason: draft.reason };
  for (const field of DRAFT_FIELDS) if (draft[field] !== values[field]) patch[field] = draft[field];
  if (draft.effectiveDate) patch.effectiveDate = draft.effectiveDate;
  if (draft.evidenceUrl.trim()) patch.evidenceUrl = draft.evidenceUrl;
  if (draft.confidence) patch.confidence = draft.confidence;
  return patch as InitiativePatchInput;
}
