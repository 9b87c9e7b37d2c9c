import { formatDay } from "./dates";
import type { IsoDay, MilestoneState } from "./types";

type Weighted = Pick<MilestoneState, "status" | "percentComplete" | "weight">;

/** 100 when done, its percent while in progress, 0 otherwise (not started, blocked). */
export function milestoneProgress(m: Pick<MilestoneState, "status" | "percentComplete">): number {
  if (m.status === "done") return 100;
  if (m.status === "in_progress") return clampPercent(m.percentComplete);
  return 0;
}

/** Cancelled milestones leave the scope; everything else, started or not, stays in the denominator. */
export function isInScope(m: Pick<MilestoneState, "status">): boolean {
  return m.status !== "cancelled";
}

export function inScope<T extends Pick<MilestoneState, "status">>(milestones: T[]): T[] {
  return milestones.filter(isInScope);
}

/** Weight-weighted mean of milestone progress, 0–100; null when nothing is in scope. */
export function initiativeProgress(milestones: Weighted[]): number | null {
  const scope = inScope(milestones);
  const totalWeight = scope.reduce((sum, m) => sum + m.weight, 0);
  if (totalWeight <= 0) return null;
  return scope.reduce((sum, m) => sum + m.weight * milestoneProgress(m), 0) / totalWeight;
}

/** Plain mean over initiatives that have scope: each initiative counts once, whatever its size. */
export function portfolioProgress(initiativeValues: (number | null)[]): number | null {
  const known = initiativeValues.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  return known.reduce((a, b) => a + b, 0) / known.length;
}

/** Share (0–100) of in-scope weight whose baseline date falls on or before `day`; null with no scope. */
export function expectedProgress(
  milestones: Pick<MilestoneState, "status" | "weight" | "baselineDate">[],
  day: IsoDay,
): number | null {
  const scope = inScope(milestones);
  const totalWeight = scope.reduce((sum, m) => sum + m.weight, 0);
  if (totalWeight <= 0) return null;
  const due = scope.filter((m) => m.baselineDate <= day).reduce((sum, m) => sum + m.weight, 0);
  return (due / totalWeight) * 100;
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** More than half a point short of what was expected counts as behind (rounding noise is not). */
export function isBehind(actual: number | null, expected: number | null): boolean {
  return actual !== null && expected !== null && actual + 0.5 < expected;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value)}%`;
}

/** "+4 pts", "−33 pts", "±0 pts" for a gap in percentage points. */
export function formatGap(gap: number | null): string {
  if (gap === null) return "—";
  const rounded = Math.round(gap);
  if (rounded === 0) return "±0 pts";
  return rounded > 0 ? `+${rounded} pts` : `−${-rounded} pts`;
}

/** "expected today" on today's view; "expected by 1 Apr 2026" when looking at another day. */
export function expectedOnLabel(asOf: IsoDay, today: IsoDay): string {
  return asOf === today ? "expected today" : `expected by ${formatDay(asOf)}`;
}
