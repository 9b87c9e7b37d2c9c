import { daysBetween, maxDay, minDay } from "@/lib/domain/dates";
import type { IsoDay } from "@/lib/domain/types";

export type TimeAxis = { from: IsoDay; to: IsoDay; ticks: IsoDay[] };

/** Position of a day on a [from, to] axis, in percent, clamped to the axis. */
export function dayPercent(day: IsoDay, from: IsoDay, to: IsoDay): number {
  const span = Math.max(1, daysBetween(from, to));
  const percent = Math.min(100, Math.max(0, (daysBetween(from, day) / span) * 100));
  // A hundredth of a percent is under a pixel on any screen; more digits only grow the page.
  return Math.round(percent * 100) / 100;
}

/** First days of every `stepMonths`-th month (aligned to quarters or years) inside [from, to]. */
export function monthTicks(from: IsoDay, to: IsoDay, stepMonths: number): IsoDay[] {
  const ticks: IsoDay[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const day = firstOfMonth(y, m);
    if (day > to) return ticks;
    if (day >= from && (m - 1) % stepMonths === 0) ticks.push(day);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/**
 * A month-aligned axis covering every given day: monthly ticks, quarterly once it spans more than
 * 15 months, half-yearly beyond 3 years and yearly beyond 5, so labels never run into each other.
 */
export function timeAxis(days: IsoDay[]): TimeAxis {
  const from = `${minDay(days).slice(0, 7)}-01`;
  const last = maxDay(days);
  const [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  const to = m === 12 ? firstOfMonth(y + 1, 1) : firstOfMonth(y, m + 1);
  const span = daysBetween(from, to);
  const step = span > 1830 ? 12 : span > 1100 ? 6 : span > 460 ? 3 : 1;
  return { from, to, ticks: monthTicks(from, to, step) };
}

function firstOfMonth(y: number, m: number): IsoDay {
  return `${y}-${String(m).padStart(2, "0")}-01`;
}
