import type { SourceView } from "@/lib/views/source";

/** "[S1] [S4]": each citation a link to its source, a target of at least 24 × 24 px. */
export function CitationLinks({
  sources,
}: {
  sources: Pick<SourceView, "id" | "url" | "title" | "key">[];
}) {
  return sources.map((s) => (
    <a
      key={s.id}
      href={s.url}
      className="mr-1 inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1 text-brand-700 underline underline-offset-2 hover:bg-brand-50"
      title={s.title}
    >
      {s.key}
    </a>
  ));
}
