import type { IsoDay } from "./types";

// Calendar days are handled in UTC throughout: a day stored as 2026-03-02 must read as 2 March
// whatever the server's or the reader's time zone (Seoul, Singapore or anywhere else).
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC calendar day of a Date (database @db.Date values arrive as UTC midnight). */
export function toIsoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDaysToDate(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addDaysIso(day: IsoDay, days: number): IsoDay {
  return toIsoDay(addDaysToDate(dayToDate(day), days));
}

/** Positive when `later` is after `earlier`. */
export function daysBetween(earlier: IsoDay, later: IsoDay): number {
  return Math.round((dayToDate(later).getTime() - dayToDate(earlier).getTime()) / DAY_MS);
}

/** Today's calendar day (UTC); CORRIDOR_TODAY pins it for demos and tests. */
export function todayIsoDay(env: Record<string, string | undefined> = process.env): IsoDay {
  const pinned = env.CORRIDOR_TODAY;
  if (pinned && isIsoDay(pinned)) return pinned;
  return toIsoDay(new Date());
}
