import { z } from "zod";
import { isIsoDay } from "../domain/dates";
import { CONFIDENCES } from "../domain/types";

/** A value that must be one of `values`; the message names the field and lists what it may be. */
export function zOneOf<T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { message: `${field} must be one of: ${values.join(", ")}.` });
}

/** Dates Corridor accepts anywhere: a typo such as 0100 or 9999 is refused, not recorded. */
export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2100-12-31";

export const ZIsoDay = z
  .string()
  .max(10, "Use a real calendar date written YYYY-MM-DD.")
  .refine(isIsoDay, "Use a real calendar date written YYYY-MM-DD.")
  .refine(
    (day) => day >= EARLIEST_DAY && day <= LATEST_DAY,
    `Dates must fall between ${EARLIEST_DAY} and ${LATEST_DAY}.`,
  );

export const ZHttpUrl = z
  .string()
  .trim()
  .max(2000, "Links are at most 2,000 characters.")
  .url("Enter a full link starting with http:// or https://.")
  .refine(
    (value) => /^https?:\/\//i.test(value),
    "Only http:// or https:// links are accepted as evidence.",
  );

/** What every recorded change carries besides its new values: why, when, and on what evidence. */
export function zChangeContext(today: string) {
  return {
    reason: z
      .string()
      .trim()
      .min(3, "Give a reason of at least 3 characters.")
      .max(2000, "Keep the reason under 2,000 characters."),
    effectiveDate: ZIsoDay.refine(
      (day) => day <= today,
      `The effective date cannot be in the future (today is ${today}).`,
    ).optional(),
    evidenceUrl: ZHttpUrl.optional().nullable(),
    confidence: zOneOf("confidence", CONFIDENCES).optional().nullable(),
  };
}

export const ZVersion = z
  .number({ message: "version is required: the version your change is based on." })
  .int()
  .positive();
