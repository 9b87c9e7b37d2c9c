import { z } from "zod";
import { EARLIEST_AS_OF } from "../constants";
import { HEALTHS, INITIATIVE_KINDS, SIDES } from "../domain/types";
import { ZIsoDay, zOneOf } from "./common";

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
      kind: zOneOf("kind", INITIATIVE_KINDS).optional(),
      health: zOneOf("health", HEALTHS).optional(),
      side: zOneOf("side", SIDES).optional(),
      workstream: z.string().trim().min(1).max(120).optional(),
      since: ZIsoDay.optional(),
    })
    .strict();
}
export type PortfolioQuery = z.infer<ReturnType<typeof zPortfolioQuery>>;
