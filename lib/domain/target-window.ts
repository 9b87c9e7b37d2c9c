import { MID_2026_WINDOW } from "../constants";
import { maxDay, minDay } from "./dates";
import type { IsoDay } from "./types";

export type TargetWindow = { start: IsoDay; end: IsoDay; label: string };

/** The brief's expectation, used when no initiative is in view. */
export const DEFAULT_WINDOW: TargetWindow = MID_2026_WINDOW;

/** One band for the portfolio: the span of the initiatives' target windows (they normally coincide). */
export function portfolioWindow(targets: TargetWindow[]): TargetWindow {
  if (targets.length === 0) return DEFAULT_WINDOW;
  const labels = new Set(targets.map((t) => t.label));
  return {
    start: minDay(targets.map((t) => t.start)),
    end: maxDay(targets.map((t) => t.end)),
    label: labels.size === 1 ? targets[0].label : "target windows",
  };
}
