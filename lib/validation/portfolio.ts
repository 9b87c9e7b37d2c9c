import { z } from "zod";
import { HEALTHS, INITIATIVE_KINDS, LIFECYCLE_STATUSES } from "../domain/types";
import { zOneOf } from "./common";

export const ZSlug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A slug is lower-case letters, digits and single hyphens.");

export const ZInitiativeListQuery = z
  .object({
    kind: zOneOf("kind", INITIATIVE_KINDS).optional(),
    health: zOneOf("health", HEALTHS).optional(),
    lifecycleStatus: zOneOf("lifecycleStatus", LIFECYCLE_STATUSES).optional(),
  })
  .strict();

export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
