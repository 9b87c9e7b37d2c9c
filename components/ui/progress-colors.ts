/**
 * One colour per concept on every page that draws progress or time (bars, charts, legends, keys).
 * Each is at least 4.5:1 on white where it carries text or a thin mark, and every use pairs it with
 * a word or a symbol, so no meaning rests on colour alone.
 */
export const PROGRESS_COLORS = {
  /** Reported progress and done work, as the tracker holds them. */
  reported: "#0f6e6e",
  /** Evidenced progress: only what a source or an evidence link backs. */
  evidenced: "#312e81",
  /** Progress expected (due) by the as-of date: the ◆ mark. */
  expected: "#0f172a",
  /** The target window: a pale band with dashed edges, named in words. */
  windowBand: "#fef3c7",
  windowEdge: "#b45309",
  windowText: "#78350f",
  /** Overdue (and blocked) work: late or stuck, always with its word or ✕. */
  overdue: "#b91c1c",
  /**
   * The as-of date line on date axes; the banner of a past view uses the same hue. (Violet is the
   * planned-estimate badge's, red is overdue's.)
   */
  asOf: "#a21caf",
} as const;

/** Reported progress no evidence backs: the reported colour, hatched, so it never rests on colour alone. */
export const ASSUMED_FILL = `repeating-linear-gradient(135deg, ${PROGRESS_COLORS.reported} 0 3px, #ffffff 3px 6px)`;
