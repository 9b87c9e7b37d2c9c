import type { IsoDay } from "./types";

// Calendar days are handled in UTC throughout: a day stored as 2026-03-02 must read as 2 March
// whatever the server's or the reader's time zone (Seoul, Singapore or anywhere else).
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

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

export function dayToMs(day: IsoDay): number {
  return dayToDate(day).getTime();
}

export function msToDay(ms: number): IsoDay {
  return toIsoDay(new Date(ms));
}

export function addDaysToDate(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addDaysIso(day: IsoDay, days: number): IsoDay {
  return toIsoDay(addDaysToDate(dayToDate(day), days));
}

/** Positive when `later` is after `earlier`. */
export function daysBetween(earlier: IsoDay, later: IsoDay): number {
  return Math.round((dayToMs(later) - dayToMs(earlier)) / DAY_MS);
}

export function minDay(days: IsoDay[]): IsoDay {
  return [...days].sort()[0];
}

export function maxDay(days: IsoDay[]): IsoDay {
  return [...days].sort().at(-1)!;
}

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

/**
 * The day to treat as today: `pinned` when it names a real day (demos, reproducible screenshots),
 * else the UTC day of `now`. The server reads the pin from its configuration (lib/server/today).
 */
export function todayIsoDay(pinned?: string, now: Date = new Date()): IsoDay {
  return pinned && isIsoDay(pinned) ? pinned : toIsoDay(now);
}

/** "2 Mar 2026" for an ISO day, the same on the server and in any reader's time zone. */
export function formatDay(day: string | null | undefined): string {
  return day ? DAY_FORMAT.format(dayToDate(day)) : "—";
}

/** "Mar 2026", from the day's digits so no time zone can move it to the previous month. */
export function formatMonth(day: IsoDay): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}
