import { todayIsoDay } from "./domain/dates";
import { formatDay } from "./format";
import type { Forecast } from "./domain/forecast";
import type { IsoDay, MilestoneStatus } from "./domain/types";

// Days are formatted from their digits, not through Date in the local zone: client components
// render in the reader's time zone, where midnight UTC can fall on the previous day.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;

export type TargetWindow = { start: IsoDay; end: IsoDay; label: string };

/** The brief's expectation, used when no initiative is in view. */
export const DEFAULT_WINDOW: TargetWindow = {
  start: "2026-04-01",
  end: "2026-09-30",
  label: "mid-2026",
};

/** One band for the portfolio: the span of the initiatives' target windows (they normally coincide). */
export function portfolioWindow(targets: TargetWindow[]): TargetWindow {
  if (targets.length === 0) return DEFAULT_WINDOW;
  const start = targets.map((t) => t.start).sort()[0];
  const end = targets
    .map((t) => t.end)
    .sort()
    .at(-1)!;
  const labels = new Set(targets.map((t) => t.label));
  return { start, end, label: labels.size === 1 ? targets[0].label : "target windows" };
}

/** "1 initiative", "7 initiatives". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** More than half a point short of what was expected counts as behind (rounding noise is not). */
export function isBehind(actual: number | null, expected: number | null): boolean {
  return actual !== null && expected !== null && actual + 0.5 < expected;
}

/** "+4 pts", "−33 pts", "on track" for a gap in percentage points. */
export function formatGap(gap: number | null): string {
  if (gap === null) return "—";
  const rounded = Math.round(gap);
  if (rounded === 0) return "±0 pts";
  return rounded > 0 ? `+${rounded} pts` : `−${-rounded} pts`;
}

/** "+105 d" late, "−12 d" early, "" on baseline. */
export function formatSlip(days: number): string {
  if (days === 0) return "";
  return days > 0 ? `+${days} d` : `−${-days} d`;
}

export function dayToMs(day: IsoDay): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function msToDay(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

function parts(day: IsoDay) {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

/** "Mar 2026" for axis ticks. */
export function formatMonth(day: IsoDay): string {
  const { y, m } = parts(day);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "28 Nov" for short chart labels. */
export function formatShortDay(day: IsoDay): string {
  const { m, d } = parts(day);
  return `${d} ${MONTHS[m - 1]}`;
}

export function daysFromTo(from: IsoDay, to: IsoDay): number {
  return Math.round((dayToMs(to) - dayToMs(from)) / DAY_MS);
}

/** Position of a day on a [from, to] axis, in percent, clamped to the axis. */
export function dayPercent(day: IsoDay, from: IsoDay, to: IsoDay): number {
  const span = Math.max(1, daysFromTo(from, to));
  return Math.min(100, Math.max(0, (daysFromTo(from, day) / span) * 100));
}

/** First days of every `stepMonths`-th month (aligned to quarters or years) inside [from, to]. */
export function monthTicks(from: IsoDay, to: IsoDay, stepMonths: number): IsoDay[] {
  const ticks: IsoDay[] = [];
  let { y, m } = parts(from);
  for (;;) {
    const day = `${y}-${String(m).padStart(2, "0")}-01`;
    if (day > to) return ticks;
    if (day >= from && (m - 1) % stepMonths === 0) ticks.push(day);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

export type TimeAxis = { from: IsoDay; to: IsoDay; ticks: IsoDay[] };

/** A month-aligned axis covering every given day; quarterly ticks once it spans more than 15 months. */
export function timeAxis(days: IsoDay[]): TimeAxis {
  const first = minDay(days);
  const last = maxDay(days);
  const from = `${first.slice(0, 7)}-01`;
  let [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7)) + 1];
  if (m > 12) [y, m] = [y + 1, 1];
  const to = `${y}-${String(m).padStart(2, "0")}-01`;
  return { from, to, ticks: monthTicks(from, to, daysFromTo(from, to) > 460 ? 3 : 1) };
}

export function minDay(days: IsoDay[]): IsoDay {
  return [...days].sort()[0];
}

export function maxDay(days: IsoDay[]): IsoDay {
  return [...days].sort().at(-1)!;
}

/** The forecast as one line of text: the same words the chart and the table use. */
export function describeForecast(f: Forecast): string {
  if (f.kind === "complete") return `complete on ${formatDay(f.on)}`;
  if (f.kind === "no_recent_progress") {
    return f.lastProgressOn
      ? `no recent progress (last progress on ${formatDay(f.lastProgressOn)})`
      : "no recent progress (none recorded since launch)";
  }
  return `likely ${formatDay(f.likely)} (range ${formatDay(f.early)} – ${formatDay(f.late)})`;
}

/** Status colours chosen for at least 4.5:1 on white; every use pairs them with a symbol or word. */
export const STATUS_MARK: Record<MilestoneStatus, { symbol: string; color: string }> = {
  not_started: { symbol: "○", color: "#475569" },
  in_progress: { symbol: "◐", color: "#0369a1" },
  done: { symbol: "✓", color: "#047857" },
  blocked: { symbol: "✕", color: "#b91c1c" },
  cancelled: { symbol: "–", color: "#475569" },
};

/** Chart colours (all ≥ 4.5:1 on white) shared by the recharts components. */
export const CHART_COLORS = {
  done: "#0f6e6e",
  started: "#0369a1",
  scope: "#475569",
  expected: "#0f172a",
  window: "#fde68a",
  asOf: "#b91c1c",
};

/** "expected today" on today's view; "expected by 1 Apr 2026" when looking at the past. Server-side only. */
export function expectedOnLabel(asOf: IsoDay): string {
  return asOf === todayIsoDay() ? "expected today" : `expected by ${formatDay(asOf)}`;
}
