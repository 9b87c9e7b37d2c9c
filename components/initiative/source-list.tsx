import { TitledSection } from "@/components/ui/titled-section";
import { formatDay } from "@/lib/domain/dates";
import type { SourceView } from "@/lib/views/source";

export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <TitledSection id="sources" title="Sources">
      <ol className="mt-3 space-y-2 text-sm">
        {sources.map((s) => (
          <li key={s.id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="mr-2 font-mono text-xs text-slate-600">{s.key}</span>
            <a
              href={s.url}
              className="break-words py-1 text-brand-700 underline underline-offset-2"
            >
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
    </TitledSection>
  );
}
