import { formatDay } from "@/lib/format";
import type { SourceView } from "@/lib/server/portfolio";

export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title" className="text-lg font-semibold">
        Sources
      </h2>
      <ol className="mt-3 space-y-2 text-sm">
        {sources.map((s) => (
          <li key={s.id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="mr-2 font-mono text-xs text-slate-600">{s.key}</span>
            <a href={s.url} className="break-words text-brand-700 underline">
              {s.title}
            </a>
            <span className="text-slate-600">
              {" "}
              — {s.publisher}
              {s.publishedOn ? `, ${formatDay(s.publishedOn)}` : ""}
            </span>
            {s.note ? <p className="mt-0.5 text-xs text-slate-600">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
