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

/** The days a date field accepts: the bounds the server's validation keeps (lib/validation/common). */
export const FIRST_INPUT_DAY: IsoDay = "2000-01-01";
export const LAST_INPUT_DAY: IsoDay = "2100-12-31";

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WRITTEN_DAY = /^(\d{1,2}) ([a-z]+)\.?,? (\d+)$/i;
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d+)$/;
const ISO_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOW_TO_WRITE = "Write a date such as 28 Nov 2026 (or 2026-11-28, or 28/11/2026).";

/** What a date field's text means. */
export type DayInput = {
  /**
   * What the form sends: the ISO day when the text names a real day, "" when it is empty, and
   * otherwise the text itself, so the server refuses it instead of reading an empty field.
   */
  value: string;
  /** The real day the text names (even outside the bounds), or null. */
  day: IsoDay | null;
  /** Why the text cannot be used, in the field's own terms; null when it can. */
  problem: string | null;
};

/** "nov", "Nov.", "sept" or "November": at least three letters starting a month's name. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = FULL_MONTHS.findIndex((month) => month.startsWith(lower));
  return index < 0 ? null : index + 1;
}

/** Year, month and day as written, or null when the text is in none of the accepted forms. */
function readDayParts(text: string): [year: string, month: number | null, day: number] | null {
  const iso = ISO_INPUT.exec(text);
  if (iso) return [iso[1], Number(iso[2]), Number(iso[3])];
  const slashed = SLASHED_DAY.exec(text);
  if (slashed) return [slashed[3], Number(slashed[2]), Number(slashed[1])];
  const written = WRITTEN_DAY.exec(text);
  if (written) return [written[3], monthNumber(written[2]), Number(written[1])];
  return null;
}

/** The field's own bounds narrowed to the ones every date field keeps; invalid ones are ignored. */
export function fieldBounds(bounds: { min?: string; max?: string }): { min: IsoDay; max: IsoDay } {
  const { min, max } = bounds;
  return {
    min: min && isIsoDay(min) && min > FIRST_INPUT_DAY ? min : FIRST_INPUT_DAY,
    max: max && isIsoDay(max) && max < LAST_INPUT_DAY ? max : LAST_INPUT_DAY,
  };
}

function boundsProblem(day: IsoDay, min: IsoDay, max: IsoDay): string | null {
  if (day >= min && day <= max) return null;
  const ownMin = min > FIRST_INPUT_DAY;
  const ownMax = max < LAST_INPUT_DAY;
  if (day < min && ownMin && !ownMax) return `Choose a day on or after ${formatDay(min)}.`;
  if (day > max && ownMax && !ownMin) return `Choose a day on or before ${formatDay(max)}.`;
  return `Choose a day between ${formatDay(min)} and ${formatDay(max)}.`;
}

/**
 * Reads what someone typed in a date field: "28 Nov 2026" (the way Corridor shows days; any month
 * name of three letters or more), "2026-11-28" or "28/11/2026" (day first). Strict: the year in
 * four digits, a real calendar day, within 2000–2100 and the field's own `min` and `max`.
 */
export function parseDayInput(text: string, bounds: { min?: string; max?: string } = {}): DayInput {
  const written = text.trim().replace(/\s+/g, " ");
  if (written === "") return { value: "", day: null, problem: null };
  const refused = (problem: string): DayInput => ({ value: written, day: null, problem });
  const parts = readDayParts(written);
  if (!parts) return refused(HOW_TO_WRITE);
  const [year, month, dayOfMonth] = parts;
  if (year.length !== 4) return refused("Write the year in full, such as 2026.");
  if (month === null) return refused(HOW_TO_WRITE);
  if (month < 1 || month > 12)
    return refused(`There is no month ${month}: write the day first, such as 28/11/2026.`);
  const { min, max } = fieldBounds(bounds);
  // Years before 1000 are typos, and Date would read years below 100 as 19xx.
  if (year < "1000") return refused(boundsProblem(`${year}-01-01`, min, max)!);
  const day = `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
  if (!isIsoDay(day)) return refused(`${MONTHS[month - 1]} ${year} has no day ${dayOfMonth}.`);
  return { value: day, day, problem: boundsProblem(day, min, max) };
}

/** A date field's text for a value: an ISO day as Corridor shows days, anything else as it is. */
export function dayInputText(value: string): string {
  return isIsoDay(value) ? formatDay(value) : value;
}

/** A moment as one reader sees it: "28 Nov 2026", "14:05" and the zone's short name ("GMT+9"). */
export type MomentParts = { day: string; time: string; zone: string };

const MOMENT_FORMATS = new Map<string, Intl.DateTimeFormat>();

function momentFormat(timeZone: string): Intl.DateTimeFormat {
  let format = MOMENT_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
      timeZoneName: "short",
    });
    MOMENT_FORMATS.set(timeZone, format);
  }
  return format;
}

/**
 * An ISO timestamp in `timeZone` (an IANA name; an unknown one reads as UTC), or null when the
 * timestamp is not one. The zone's name is always given, so no reader mistakes whose clock it is.
 */
export function formatMoment(iso: string, timeZone: string): MomentParts | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = momentFormat(timeZone);
  } catch {
    format = momentFormat("UTC");
  }
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    day: `${part.day} ${part.month} ${part.year}`,
    time: `${part.hour}:${part.minute}`,
    zone: part.timeZoneName ?? timeZone,
  };
}
