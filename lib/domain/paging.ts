/**
 * How many initiatives the dashboard lists per page: the ten most behind fit a glance, and a page
 * of a thousand-initiative portfolio costs about what the whole seeded one does.
 */
export const INITIATIVES_PER_PAGE = 10;

export type Page<T> = {
  items: T[];
  /** The page shown, from 1 (a page past the end shows the last one). */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item shown; 0 when there are none. */
  from: number;
  to: number;
};

/** One page of `items`; pages past the end clamp to the last, so a stale link still shows rows. */
export function pageOf<T>(
  items: readonly T[],
  requested: number | undefined,
  size: number,
): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested ?? 1)), pageCount);
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page,
    pageCount,
    total: items.length,
    from: shown.length > 0 ? start + 1 : 0,
    to: start + shown.length,
  };
}

/** Most behind schedule first (the most negative gap); initiatives without scope last; stable. */
export function mostBehindFirst<T extends { gap: number | null }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => (a.gap ?? Number.POSITIVE_INFINITY) - (b.gap ?? Number.POSITIVE_INFINITY),
  );
}
