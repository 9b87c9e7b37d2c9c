import { z } from "zod";
import { HEALTHS, LIFECYCLE_STATUSES, RECORD_VERDICTS } from "../domain/types";
import { ZIsoDay, ZVersion, zChangeContext, zOneOf } from "./common";

export const INITIATIVE_PATCH_FIELDS = [
  "lifecycleStatus",
  "health",
  "summary",
  "targetStart",
  "targetEnd",
  "targetLabel",
  "targetNote",
] as const;
export type InitiativePatchField = (typeof INITIATIVE_PATCH_FIELDS)[number];

export const ZLifecycleStatus = zOneOf("lifecycleStatus", LIFECYCLE_STATUSES);
export const ZHealth = zOneOf("health", HEALTHS);

export const TARGET_ORDER_MESSAGE = "The target window must end on or after the day it starts.";

/** One analyst change to an initiative; shared by the "Edit initiative" panel and PATCH /api/initiatives/{slug}. */
export function zInitiativePatch(today: string) {
  return z
    .object({
      version: ZVersion,
      lifecycleStatus: ZLifecycleStatus.optional(),
      health: ZHealth.optional(),
      summary: z
        .string()
        .trim()
        .min(10, "Write a summary of at least 10 characters.")
        .max(2000, "Keep the summary under 2,000 characters.")
        .optional(),
      targetStart: ZIsoDay.optional(),
      targetEnd: ZIsoDay.optional(),
      targetLabel: z
        .string()
        .trim()
        .min(1, 'Give the target window a label, such as the brief\'s "mid-2026".')
        .max(80, "Keep the label under 80 characters.")
        .optional(),
      // An empty note clears it.
      targetNote: z
        .string()
        .trim()
        .max(1000, "Keep the note under 1,000 characters.")
        .transform((v) => v || null)
        .nullable()
        .optional(),
      ...zChangeContext(today),
    })
    .strict()
    .refine((p) => INITIATIVE_PATCH_FIELDS.some((f) => p[f] !== undefined), {
      message: `Change at least one of: ${INITIATIVE_PATCH_FIELDS.join(", ")}.`,
      path: ["_"],
    })
    .refine((p) => !p.targetStart || !p.targetEnd || p.targetStart <= p.targetEnd, {
      message: TARGET_ORDER_MESSAGE,
      path: ["targetEnd"],
      // Report a reversed window alongside other mistakes, as long as the input is an object and
      // both dates are themselves valid.
      when: ({ issues }) =>
        !issues.some(
          (i) => !i.path?.length || i.path[0] === "targetStart" || i.path[0] === "targetEnd",
        ),
    });
}
export type InitiativePatch = z.infer<ReturnType<typeof zInitiativePatch>>;
export type InitiativePatchInput = z.input<ReturnType<typeof zInitiativePatch>>;

/** Where the public record and the brief disagree, as an analyst records it. */
export function zNewRecordNote(today: string) {
  const { reason } = zChangeContext(today);
  return z
    .object({
      verdict: zOneOf("verdict", RECORD_VERDICTS),
      briefSays: z
        .string()
        .trim()
        .min(3, "Say what the brief says (at least 3 characters).")
        .max(2000),
      recordSays: z
        .string()
        .trim()
        .min(3, "Say what the record shows (at least 3 characters).")
        .max(2000),
      sourceIds: z
        .array(z.string().min(1).max(100))
        .max(20, "Cite at most 20 sources.")
        .default([]),
      reason,
    })
    .strict();
}
export type NewRecordNote = z.infer<ReturnType<typeof zNewRecordNote>>;
