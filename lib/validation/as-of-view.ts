import type { ReplayBasis } from "../domain/replay";
import type { IsoDay } from "../domain/types";
import { zPortfolioQuery } from "./dashboard";

export type AsOfView = { asOf: IsoDay | null; basis: ReplayBasis };

/** ?asOf=&basis= from a page URL; an invalid or today's date falls back to the live view. */
export function readAsOfView(params: Record<string, string | undefined>, today: IsoDay): AsOfView {
  const parsed = zPortfolioQuery(today)
    .pick({ asOf: true, basis: true })
    .safeParse({ asOf: params.asOf || undefined, basis: params.basis || undefined });
  if (
    !parsed.success ||
    !parsed.data.asOf ||
    (parsed.data.asOf === today && parsed.data.basis === "effective")
  )
    return { asOf: null, basis: "effective" };
  return { asOf: parsed.data.asOf, basis: parsed.data.basis };
}
