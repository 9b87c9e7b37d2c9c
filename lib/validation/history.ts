import { z } from "zod";

export const ZHistoryQuery = z
  .object({
    field: z
      .string()
      .regex(/^[a-zA-Z]{1,40}$/, "field is a field name such as status or plannedDate.")
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();
