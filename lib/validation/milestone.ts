import { z } from "zod";
import { MILESTONE_STATUSES, PROVENANCES, SIDES } from "../domain/types";
import { ZIsoDay, ZVersion, zChangeContext, zOneOf } from "./common";

export const MILESTONE_PATCH_FIELDS = [
  "status",
  "percentComplete",
  "plannedDate",
  "actualDate",
  "side",
] as const;

/** One analyst change to a milestone; shared by the inline editor and PATCH /api/milestones/{id}. */
export function zMilestonePatch(today: string) {
  return z
    .object({
      version: ZVersion,
      status: zOneOf("status", MILESTONE_STATUSES).optional(),
      percentComplete: z
        .number({ message: "percentComplete is a number from 0 to 100." })
        .int("percentComplete is a whole number.")
        .min(0)
        .max(100)
        .optional(),
      plannedDate: ZIsoDay.optional(),
      actualDate: ZIsoDay.refine((day) => day <= today, "The actual date cannot be in the future.")
        .nullable()
        .optional(),
      side: zOneOf("side", SIDES).optional(),
      ...zChangeContext(today),
    })
    .strict()
    .refine((p) => MILESTONE_PATCH_FIELDS.some((f) => p[f] !== undefined), {
      message: `Change at least one of: ${MILESTONE_PATCH_FIELDS.join(", ")}.`,
      path: ["_"],
    });
}
export type MilestonePatch = z.infer<ReturnType<typeof zMilestonePatch>>;

export function zRebaseline(today: string) {
  return z.object({ version: ZVersion, baselineDate: ZIsoDay, ...zChangeContext(today) }).strict();
}
export type Rebaseline = z.infer<ReturnType<typeof zRebaseline>>;

/** A new milestone, from the "add milestone" form, the API or a CSV row. */
export function zNewMilestone(today: string) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(3, "Give the milestone a title of at least 3 characters.")
        .max(200),
      description: z.string().trim().max(2000).default(""),
      side: zOneOf("side", SIDES),
      workstream: z.string().trim().max(120).optional().nullable(),
      baselineDate: ZIsoDay,
      plannedDate: ZIsoDay.optional(),
      weight: z
        .number()
        .int("weight is a whole number.")
        .min(1, "weight is at least 1.")
        .max(100, "weight is at most 100.")
        .default(1),
      provenance: zOneOf("provenance", PROVENANCES),
      ...zChangeContext(today),
    })
    .strict();
}
export type NewMilestone = z.infer<ReturnType<typeof zNewMilestone>>;
