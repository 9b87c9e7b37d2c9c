import "server-only";
import { todayIsoDay } from "../domain/dates";
import type { IsoDay } from "../domain/types";

/**
 * Today for every page, route and service. CORRIDOR_TODAY (YYYY-MM-DD) pins it for demos and
 * reproducible screenshots; it is read on each call so a test can set it after start-up.
 */
export function getToday(): IsoDay {
  return todayIsoDay(process.env.CORRIDOR_TODAY);
}
