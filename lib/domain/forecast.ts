import { addDaysIso, formatDay } from "./dates";
import type { IsoDay } from "./types";

export type ProgressSample = { date: IsoDay; progress: number };

export type Forecast =
  | { kind: "complete"; on: IsoDay }
  | { kind: "no_recent_progress"; lastProgressOn: IsoDay | null }
  | { kind: "projected"; early: IsoDay; likely: IsoDay; late: IsoDay; velocityPerWeek: number };

const WINDOW_WEEKS = 8;
const QUIET_WEEKS = 4;
const DECAY = 0.75; // each older week counts three quarters as much as the one after it

/**
 * Projects completion from weekly progress samples (0–100, oldest first, one per week, the last
 * one "today"; pass the whole history so "last progress on" can look back past the window). Velocity is the recency-weighted mean of the weekly gains over the last 8 weeks;
 * the early–late range widens with how uneven those gains were. No gain in the last 4 weeks means
 * no forecast: a projection from stale velocity would be a guess dressed up as a date.
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
  const weights = gains.map((_, i) => DECAY ** (gains.length - 1 - i));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const velocity = gains.reduce((sum, g, i) => sum + g * weights[i], 0) / totalWeight;
  if (velocity <= 0) return { kind: "no_recent_progress", lastProgressOn: lastGainDay(samples) };
  const variance =
    gains.reduce((sum, g, i) => sum + weights[i] * (g - velocity) ** 2, 0) / totalWeight;
  const spread = Math.sqrt(variance);
  const remaining = 100 - last.progress;
  const weeksAt = (v: number) => Math.ceil((remaining / v) * 7);
  return {
    kind: "projected",
    early: addDaysIso(last.date, weeksAt(velocity + spread)),
    likely: addDaysIso(last.date, weeksAt(velocity)),
    late: addDaysIso(last.date, weeksAt(Math.max(velocity - spread, velocity / 2))),
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
  return `likely ${formatDay(f.likely)} (range ${formatDay(f.early)} – ${formatDay(f.late)})`;
}
