export type ProgressRow = {
  id: string;
  slug: string;
  title: string;
  progress: number | null;
  expectedProgress: number | null;
  expectedAtTargetEnd: number | null;
  gap: number | null;
};

export type ProgressOrder = "portfolio" | "gap";

/** Most behind the mid-2026 expectation first; initiatives without milestones last. */
export function sortRows(rows: ProgressRow[], order: ProgressOrder): ProgressRow[] {
  if (order === "portfolio") return rows;
  return [...rows].sort(
    (a, b) => (a.gap ?? Number.POSITIVE_INFINITY) - (b.gap ?? Number.POSITIVE_INFINITY),
  );
}
