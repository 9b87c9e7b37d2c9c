import { daysBetween } from "./dates";
import type { IsoDay } from "./types";

export const STALE_AFTER_DAYS = 30;

/** An initiative with no status update in the last 30 days (or none at all) is stale. */
export function isStale(
  lastUpdateOn: IsoDay | null,
  today: IsoDay,
  afterDays = STALE_AFTER_DAYS,
): boolean {
  return lastUpdateOn === null || daysBetween(lastUpdateOn, today) > afterDays;
}
