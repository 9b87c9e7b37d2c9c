import { z } from "zod";
import { HEALTHS, INITIATIVE_KINDS, SIDES } from "../domain/types";
import { ZIsoDay } from "./common";

export const EARLIEST_AS_OF = "2026-01-01";

/** ?asOf=YYYY-MM-DD&basis=effective|recorded plus the dashboard filters; shared by pages and API. */
export function zPortfolioQuery(today: string) {
  return z
    .object({
      asOf: ZIsoDay.refine(
        (d) => d >= EARLIEST_AS_OF && d <= today,
        `asOf must fall between ${EARLIEST_AS_OF} and today (${today}).`,
      ).optional(),
      basis: z
        .enum(["effective", "recorded"], { message: "basis must be effective or recorded." })
        .default("effective"),
      kind: z
        .enum(INITIATIVE_KINDS, { message: `kind must be one of: ${INITIATIVE_KINDS.join(", ")}.` })
        .optional(),
      health: z
        .enum(HEALTHS, { message: `health must be one of: ${HEALTHS.join(", ")}.` })
        .optional(),
      side: z.enum(SIDES, { message: `side must be one of: ${SIDES.join(", ")}.` }).optional(),
      workstream: z.string().trim().min(1).max(120).optional(),
      since: ZIsoDay.optional(),
    })
    .strict();
}
export type PortfolioQuery = z.infer<ReturnType<typeof zPortfolioQuery>>;
