import { z } from "zod";
import { HEALTHS, INITIATIVE_KINDS, LIFECYCLE_STATUSES } from "../domain/types";

export const ZSlug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A slug is lower-case letters, digits and single hyphens.");

export const ZInitiativeListQuery = z
  .object({
    kind: z
      .enum(INITIATIVE_KINDS, { message: `kind must be one of: ${INITIATIVE_KINDS.join(", ")}.` })
      .optional(),
    health: z
      .enum(HEALTHS, { message: `health must be one of: ${HEALTHS.join(", ")}.` })
      .optional(),
    lifecycleStatus: z
      .enum(LIFECYCLE_STATUSES, {
        message: `lifecycleStatus must be one of: ${LIFECYCLE_STATUSES.join(", ")}.`,
      })
      .optional(),
  })
  .strict();

export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
