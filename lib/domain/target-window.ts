import { MID_2026_WINDOW } from "../constants";
import { maxDay, minDay } from "./dates";
import { isBehind } from "./progress";
import type { IsoDay, TargetKind } from "./types";

export type TargetWindow = { start: IsoDay; end: IsoDay; label: string; kind: TargetKind };

/** The brief's expectation, used when no initiative is in view. */
export const DEFAULT_WINDOW: TargetWindow = { ...MID_2026_WINDOW, kind: "external_expectation" };

const MIXED_LABEL = "target windows";

/** One band for the portfolio: the span of the initiatives' target windows (they normally coincide). */
export function portfolioWindow(targets: TargetWindow[]): TargetWindow {
  if (targets.length === 0) return DEFAULT_WINDOW;
  const labels = new Set(targets.map((t) => t.label));
  return {
    start: minDay(targets.map((t) => t.start)),
    end: maxDay(targets.map((t) => t.end)),
    label: labels.size === 1 ? targets[0].label : MIXED_LABEL,
    // One expectation in the span is enough to make the band no one's commitment.
    kind: targets.every((t) => t.kind === "official_commitment")
      ? "official_commitment"
      : "external_expectation",
  };
}

/**
 * Whose window it is, in words, wherever it is named: "the brief's mid-2026 expectation" for an
 * expectation from outside, "the end-2027 commitment" only for a sourced official commitment.
 */
export function describeWindow(target: Pick<TargetWindow, "label" | "kind">): string {
  if (target.label === MIXED_LABEL) return "the initiatives' target windows";
  return target.kind === "official_commitment"
    ? `the ${target.label} commitment`
    : `the brief's ${target.label} expectation`;
}

/**
 * The schedule verdict against the window once it has ended: "behind the brief's mid-2026
 * expectation" when progress on `asOf` falls short of the share expected by the window's end,
 * else null. It names whose window was missed and never says "off track": an expectation alone
 * does not set an initiative's health.
 */
export function windowVerdict(
  progress: number | null,
  expectedAtWindowEnd: number | null,
  target: Pick<TargetWindow, "end" | "label" | "kind">,
  asOf: IsoDay,
): string | null {
  if (asOf <= target.end || !isBehind(progress, expectedAtWindowEnd)) return null;
  return `behind ${describeWindow(target)}`;
}

/** The record note on what the brief says about the window: the first whose brief text names it. */
export function recordNoteAboutWindow(
  notes: { id: string; briefSays: string }[],
  label: string,
): string | null {
  const wanted = label.toLowerCase();
  return notes.find((n) => n.briefSays.toLowerCase().includes(wanted))?.id ?? null;
}
