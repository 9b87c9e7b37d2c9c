import type { SourceView } from "@/lib/views/source";

/**
 * A milestone row's citations ("[S1] [S4]"), each a link of at least 24 × 24 px. Like the row's
 * buttons they leave the Tab order (`tabIndex` -1) unless theirs is the table's current row.
 */
export function RowCitations({
  sources,
  tabIndex,
}: {
  sources: Pick<SourceView, "id" | "url" | "title" | "key">[];
  tabIndex: number;
}) {
  return sources.map((s) => (
    <a
      key={s.id}
      href={s.url}
      tabIndex={tabIndex}
      className="mr-1 inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1 text-brand-700 underline underline-offset-2 hover:bg-brand-50"
      title={s.title}
    >
      {s.key}
    </a>
  ));
}
