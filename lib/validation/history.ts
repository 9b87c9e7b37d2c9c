import { z } from "zod";
import { ZIsoDay } from "./common";
import { ZSlug } from "./portfolio";

export const ZHistoryQuery = z
  .object({
    field: z
      .string()
      .regex(/^[a-zA-Z]{1,40}$/, "field is a field name such as status or plannedDate.")
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();

/** Audit filters: who, which initiative, and a range of recorded days (inclusive). */
export const ZAuditQuery = z
  .object({
    author: z.string().trim().min(1).max(200).optional(),
    initiative: ZSlug.optional(),
    field: z
      .string()
      .regex(/^[a-zA-Z]{1,40}$/, "field is a field name such as status or plannedDate.")
      .optional(),
    from: ZIsoDay.optional(),
    to: ZIsoDay.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must be on or before to.",
    path: ["from"],
  });

export type AuditQuery = z.infer<typeof ZAuditQuery>;
