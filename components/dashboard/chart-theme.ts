import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import type { MilestoneStatus } from "@/lib/domain/types";

/** Chart colours (all ≥ 4.5:1 on white) shared by the charts, their legends and the stacked layouts. */
export const CHART_COLORS = {
  /** Reported progress and done work, as the tracker holds them. */
  done: PROGRESS_COLORS.reported,
  /** Evidenced progress and evidenced done work: only what a source or an evidence link backs. */
  evidenced: PROGRESS_COLORS.evidenced,
  started: "#0369a1",
  scope: "#475569",
  expected: "#0f172a",
  window: "#fde68a",
  windowEdge: "#b45309",
  windowText: "#78350f",
  asOf: "#b91c1c",
  grid: "#e2e8f0",
};

/** Axis tick text of the recharts charts. */
export const AXIS_TICK = { fontSize: 12, fill: "#334155" };

/** Hatching keeps the forecast range readable as a range without relying on its colour. */
export const RANGE_FILL = "repeating-linear-gradient(135deg, #99c7c7 0 4px, #d4eaea 4px 8px)";

/** Status colours chosen for at least 4.5:1 on white; every use pairs them with a symbol or word. */
export const STATUS_MARK: Record<MilestoneStatus, { symbol: string; color: string }> = {
  not_started: { symbol: "○", color: "#475569" },
  in_progress: { symbol: "◐", color: "#0369a1" },
  done: { symbol: "✓", color: "#047857" },
  blocked: { symbol: "✕", color: "#b91c1c" },
  cancelled: { symbol: "–", color: "#475569" },
};
