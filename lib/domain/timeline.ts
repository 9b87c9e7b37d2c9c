import { addDaysIso } from "./dates";
import type { IsoDay } from "./types";

export { addDaysIso };

/**
 * Days every `stepDays` ending exactly on `to` and reaching back to `from`: stepping back from the
 * last day keeps every interval a full step, so the latest "week" is a real week.
 */
export function sampleDays(from: IsoDay, to: IsoDay, stepDays = 7): IsoDay[] {
  if (from >= to) return [to];
  const days: IsoDay[] = [];
  for (let day = to; day >= from; day = addDaysIso(day, -stepDays)) days.push(day);
  if (days.at(-1)! > from) days.push(from);
  return days.reverse();
}
