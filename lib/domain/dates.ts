import { differenceInCalendarDays, parseISO } from "date-fns";
import type { IsoDay } from "./types";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const parsed = parseISO(value);
  return !Number.isNaN(parsed.getTime()) && toIsoDay(parsed) === value;
}

/** The UTC calendar day of a Date (database @db.Date values arrive as UTC midnight). */
export function toIsoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Positive when `later` is after `earlier`. */
export function daysBetween(earlier: IsoDay, later: IsoDay): number {
  return differenceInCalendarDays(dayToDate(later), dayToDate(earlier));
}

/** Today's calendar day; CORRIDOR_TODAY pins it for demos and tests. */
export function todayIsoDay(env: Record<string, string | undefined> = process.env): IsoDay {
  const pinned = env.CORRIDOR_TODAY;
  if (pinned && isIsoDay(pinned)) return pinned;
  return toIsoDay(new Date());
}
