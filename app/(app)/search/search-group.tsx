import type { ReactNode } from "react";

/** One kind of result: a heading with its count, the hits, and how many more were not listed. */
export function SearchGroup({
  id,
  title,
  total,
  shown,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  if (total === 0) return null;
  const more = total - shown;
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`search-${id}`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}{" "}
        <span className="text-sm font-normal text-slate-600">({total.toLocaleString("en")})</span>
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {children}
      </ul>
      {more > 0 ? (
        <p className="text-sm text-slate-700" data-testid={`search-${id}-more`}>
          {more.toLocaleString("en")} more not listed: add words to narrow the search.
        </p>
      ) : null}
    </section>
  );
}

export const hitClass = "px-3 py-2 text-sm wrap-anywhere";
export const hitLinkClass = "font-medium text-brand-800 underline underline-offset-2";
