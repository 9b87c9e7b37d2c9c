import { z } from "zod";
import { ZIsoDay } from "./common";
import { ZHealth } from "./initiative";

export const STATUS_BODY_MIN = 10;
export const STATUS_BODY_MAX = 4000;

/** A dated status narrative; its health becomes the initiative's health when it differs. */
export function zNewStatusUpdate(today: string) {
  return z
    .object({
      health: ZHealth,
      body: z
        .string({ error: "Write the update: what happened, and why." })
        .trim()
        .min(STATUS_BODY_MIN, `Write at least ${STATUS_BODY_MIN} characters.`)
        .max(
          STATUS_BODY_MAX,
          `Keep the update under ${STATUS_BODY_MAX.toLocaleString("en")} characters.`,
        ),
      effectiveDate: ZIsoDay.refine(
        (day) => day <= today,
        `The effective date cannot be in the future (today is ${today}).`,
      ).optional(),
    })
    .strict();
}
export type NewStatusUpdate = z.infer<ReturnType<typeof zNewStatusUpdate>>;
