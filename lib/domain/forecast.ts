import { addDaysIso, formatDay } from "./dates";
import type { IsoDay } from "./types";

export type ProgressSample = { date: IsoDay; progress: number };

export type Forecast =
  | { kind: "complete"; on: IsoDay }
  | { kind: "no_recent_progress"; lastProgressOn: IsoDay | null }
  | { kind: "not_enough_progress"; reason: "too_few_samples" | "range_too_wide" }
  | { kind: "projected"; early: IsoDay; likely: IsoDay; late: IsoDay; velocityPerWeek: number };

const WINDOW_WEEKS = 8;
const QUIET_WEEKS = 4;
const DECAY = 0.75; // each older week counts three quarters as much as the one after it
/** Fewer weeks with progress than this in the window: too few samples to project from. */
export const MIN_GAIN_WEEKS = 3;
/** A range wider than this share of the time to the likely date says more about noise than pace. */
export const MAX_RANGE_SHARE = 1.5;
/** A likely date further out than this many years is no forecast a reader can use. */
export const MAX_HORIZON_YEARS = 5;

/**
 * Projects completion from weekly progress samples (0–100, oldest first, one per week, the last
 * one "today"; pass the whole history so "last progress on" can look back past the window). Velocity is the recency-weighted mean of the weekly gains over the last 8 weeks;
 * the early–late range widens with how uneven those gains were. No gain in the last 4 weeks means
 * no forecast: a projection from stale velocity would be a guess dressed up as a date. Fewer than
 * three weeks with progress, a range wider than 1.5 times the time to the likely date, or a likely date
 * more than five years out gives "not enough progress to forecast" rather than a decade-wide range.
 */
export function forecastCompletion(samples: ProgressSample[]): Forecast {
  const last = samples.at(-1);
  if (!last) return { kind: "no_recent_progress", lastProgressOn: null };
  if (last.progress >= 99.999)
    return { kind: "complete", on: firstDayAtOrAbove(samples, 99.999) ?? last.date };

  const gains = samples
    .slice(-(WINDOW_WEEKS + 1))
    .map((s, i, arr) => (i === 0 ? null : s.progress - arr[i - 1].progress))
    .slice(1) as number[];
  const recent = gains.slice(-QUIET_WEEKS);
  if (recent.length === 0 || recent.reduce((a, b) => a + b, 0) <= 0) {
    return { kind: "no_recent_progress", lastProgressOn: lastGainDay(samples) };
  }
  if (gains.filter((g) => g > 0).length < MIN_GAIN_WEEKS)
    return { kind: "not_enough_progress", reason: "too_few_samples" };
  const weights = gains.map((_, i) => DECAY ** (gains.length - 1 - i));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const velocity = gains.reduce((sum, g, i) => sum + g * weights[i], 0) / totalWeight;
  if (velocity <= 0) return { kind: "no_recent_progress", lastProgressOn: lastGainDay(samples) };
  const variance =
    gains.reduce((sum, g, i) => sum + weights[i] * (g - velocity) ** 2, 0) / totalWeight;
  const spread = Math.sqrt(variance);
  const remaining = 100 - last.progress;
  const daysAt = (v: number) => Math.ceil((remaining / v) * 7);
  const [early, likely, late] = [
    velocity + spread,
    velocity,
    Math.max(velocity - spread, velocity / 2),
  ].map(daysAt);
  if (late - early > MAX_RANGE_SHARE * likely || likely > MAX_HORIZON_YEARS * 365)
    return { kind: "not_enough_progress", reason: "range_too_wide" };
  return {
    kind: "projected",
    early: addDaysIso(last.date, early),
    likely: addDaysIso(last.date, likely),
    late: addDaysIso(last.date, late),
    velocityPerWeek: velocity,
  };
}

function firstDayAtOrAbove(samples: ProgressSample[], threshold: number): IsoDay | null {
  return samples.find((s) => s.progress >= threshold)?.date ?? null;
}

function lastGainDay(samples: ProgressSample[]): IsoDay | null {
  for (let i = samples.length - 1; i > 0; i--)
    if (samples[i].progress > samples[i - 1].progress) return samples[i].date;
  return null;
}

/** The forecast as one line of text: the same words the chart and the table use. */
export function describeForecast(f: Forecast): string {
  if (f.kind === "complete") return `complete on ${formatDay(f.on)}`;
  if (f.kind === "no_recent_progress") {
    return f.lastProgressOn
      ? `no recent progress (last progress on ${formatDay(f.lastProgressOn)})`
      : "no recent progress (none recorded since launch)";
  }
  if (f.kind === "not_enough_progress") return "not enough progress to forecast";
  return `likely ${formatDay(f.likely)} (range ${formatDay(f.early)} – ${formatDay(f.late)})`;
}
