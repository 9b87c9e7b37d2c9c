import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import type { MilestoneStatus } from "@/lib/domain/types";

/**
 * Chart colours, all from the one palette in components/ui/progress-colors.ts (one colour per
 * concept); the rest are neutral greys and the "started" blue of in-progress work.
 */
export const CHART_COLORS = {
  /** Reported progress and done work, as the tracker holds them. */
  done: PROGRESS_COLORS.reported,
  /** Evidenced progress and evidenced done work: only what a source or an evidence link backs. */
  evidenced: PROGRESS_COLORS.evidenced,
  expected: PROGRESS_COLORS.expected,
  window: PROGRESS_COLORS.windowBand,
  windowEdge: PROGRESS_COLORS.windowEdge,
  windowText: PROGRESS_COLORS.windowText,
  overdue: PROGRESS_COLORS.overdue,
  asOf: PROGRESS_COLORS.asOf,
  started: "#0369a1",
  scope: "#475569",
  grid: "#e2e8f0",
};

/** Axis tick text of the recharts charts. */
export const AXIS_TICK = { fontSize: 12, fill: "#334155" };

/** Hatching keeps the forecast range readable as a range without relying on its colour. */
export const RANGE_FILL = "repeating-linear-gradient(135deg, #99c7c7 0 4px, #d4eaea 4px 8px)";

/**
 * Status colours chosen for at least 4.5:1 on white; every use pairs them with a symbol or word.
 * Blocked shares the overdue red: both mean work that is late or stuck.
 */
export const STATUS_MARK: Record<MilestoneStatus, { symbol: string; color: string }> = {
  not_started: { symbol: "○", color: "#475569" },
  in_progress: { symbol: "◐", color: CHART_COLORS.started },
  done: { symbol: "✓", color: "#047857" },
  blocked: { symbol: "✕", color: PROGRESS_COLORS.overdue },
  cancelled: { symbol: "–", color: "#475569" },
};
