import { z } from "zod";
import { ZIsoDay } from "./common";
import { ZHealth } from "./initiative";

/** A dated status narrative; its health becomes the initiative's health when it differs. */
export function zNewStatusUpdate(today: string) {
  return z
    .object({
      health: ZHealth,
      body: z
        .string()
        .trim()
        .min(10, "Write at least 10 characters.")
        .max(4000, "Keep the update under 4,000 characters."),
      effectiveDate: ZIsoDay.refine(
        (day) => day <= today,
        `The effective date cannot be in the future (today is ${today}).`,
      ).optional(),
    })
    .strict();
}
export type NewStatusUpdate = z.infer<ReturnType<typeof zNewStatusUpdate>>;
