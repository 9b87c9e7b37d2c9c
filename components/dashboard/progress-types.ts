export type ProgressRow = {
  id: string;
  slug: string;
  title: string;
  /** Reported progress, as the tracker holds it. */
  progress: number | null;
  /** The part of it a source or an evidence link backs. */
  evidencedProgress: number | null;
  assumedPoints: number | null;
  expectedProgress: number | null;
  expectedAtTargetEnd: number | null;
  gap: number | null;
};

export type ProgressOrder = "portfolio" | "gap";

/** Most behind the target window's expectation (the brief's, for the seed) first; initiatives without milestones last. */
export function sortRows(rows: ProgressRow[], order: ProgressOrder): ProgressRow[] {
  if (order === "portfolio") return rows;
  return [...rows].sort(
    (a, b) => (a.gap ?? Number.POSITIVE_INFINITY) - (b.gap ?? Number.POSITIVE_INFINITY),
  );
}
