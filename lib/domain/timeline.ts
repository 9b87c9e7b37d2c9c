import { addDays } from "date-fns";
import { dayToDate, toIsoDay } from "./dates";
import type { IsoDay } from "./types";

/** Every `stepDays` from `from` up to `to`, always ending exactly on `to`. */
export function sampleDays(from: IsoDay, to: IsoDay, stepDays = 7): IsoDay[] {
  if (from > to) return [to];
  const days: IsoDay[] = [];
  for (let d = dayToDate(from); toIsoDay(d) < to; d = addDays(d, stepDays)) days.push(toIsoDay(d));
  days.push(to);
  return days;
}

export function addDaysIso(day: IsoDay, n: number): IsoDay {
  return toIsoDay(addDays(dayToDate(day), n));
}
