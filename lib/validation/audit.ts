import { z } from "zod";
import { ZIsoDay } from "./common";
import { ZSlug } from "./portfolio";
import { ZSearchText } from "./search";

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
export const AUDIT_DEFAULT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 100;

/**
 * The audit table's view: filters (who, which initiative, which field, words, recorded days, both
 * inclusive), the page and its size, and `format=csv` for the whole filtered result as a file.
 */
export const ZAuditTableQuery = z
  .object({
    author: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((a) => !/[\u0000-\u001f\u007f]/.test(a), "author contains a control character.")
      .optional(),
    initiative: ZSlug.optional(),
    field: z
      .string()
      .regex(/^[a-zA-Z]{1,40}$/, "field is a field name such as status or plannedDate.")
      .optional(),
    q: ZSearchText.optional(),
    from: ZIsoDay.optional(),
    to: ZIsoDay.optional(),
    page: z.coerce
      .number({ message: "page is a whole number from 1." })
      .int("page is a whole number from 1.")
      .min(1, "page is a whole number from 1.")
      .max(1_000_000, "page is at most 1,000,000.")
      .default(1),
    pageSize: z.coerce
      .number({ message: `pageSize is a whole number from 1 to ${AUDIT_MAX_PAGE_SIZE}.` })
      .int(`pageSize is a whole number from 1 to ${AUDIT_MAX_PAGE_SIZE}.`)
      .min(1, `pageSize is a whole number from 1 to ${AUDIT_MAX_PAGE_SIZE}.`)
      .max(AUDIT_MAX_PAGE_SIZE, `pageSize is a whole number from 1 to ${AUDIT_MAX_PAGE_SIZE}.`)
      .default(AUDIT_DEFAULT_PAGE_SIZE),
    format: z.enum(["json", "csv"], { message: "format is json or csv." }).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must be on or before to.",
    path: ["from"],
  });

export type AuditTableQuery = z.infer<typeof ZAuditTableQuery>;
export type AuditFilter = Omit<AuditTableQuery, "page" | "pageSize" | "format">;

/** A query's parameters without the empty ones a GET form sends for fields left blank. */
export function withoutEmpty(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ""),
  );
}
