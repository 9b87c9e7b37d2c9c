/**
 * One colour per concept wherever progress is drawn (bars, charts, legends): reported progress as
 * the tracker holds it, and evidenced progress, the part a source or an evidence link backs. Both
 * are at least 4.5:1 on white.
 */
export const PROGRESS_COLORS = { reported: "#0f6e6e", evidenced: "#312e81" } as const;

/** Reported progress no evidence backs: the reported colour, hatched, so it never rests on colour alone. */
export const ASSUMED_FILL = `repeating-linear-gradient(135deg, ${PROGRESS_COLORS.reported} 0 3px, #ffffff 3px 6px)`;
