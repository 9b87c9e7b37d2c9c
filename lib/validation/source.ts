import { z } from "zod";
import { ZHttpUrl, ZIsoDay, zChangeContext } from "./common";

export const ZSourceKey = z
  .string()
  .trim()
  .regex(
    /^[A-Z]{1,3}\d{1,4}[a-z]?$/,
    "A source key is 1–3 capital letters, a number and an optional letter, such as A3 or S4b.",
  );

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max.toLocaleString("en")} characters.`)
    .transform((v) => v || null)
    .nullable()
    .optional();

/** A public source an analyst adds; without a key it gets the next free "A<n>". */
export function zNewSource(today: string) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(3, "Give the source a title of at least 3 characters.")
        .max(300, "Keep the title under 300 characters."),
      url: ZHttpUrl,
      publisher: z
        .string()
        .trim()
        .min(2, "Name the publisher.")
        .max(200, "Keep the publisher under 200 characters."),
      publishedOn: ZIsoDay.refine(
        (day) => day <= today,
        "A source cannot be published in the future.",
      )
        .nullable()
        .optional(),
      note: optionalText(2000),
      key: ZSourceKey.optional(),
    })
    .strict();
}
export type NewSource = z.infer<ReturnType<typeof zNewSource>>;

/** Cites an existing source for an initiative and, optionally, one of its milestones. */
export function zSourceLink(today: string) {
  return z
    .object({
      sourceId: z.string({ message: "Choose a source." }).min(1, "Choose a source.").max(100),
      milestoneId: z.string().min(1).max(100).nullable().optional(),
      reason: zChangeContext(today).reason.optional(),
    })
    .strict();
}
export type SourceLink = z.infer<ReturnType<typeof zSourceLink>>;
