import { TitledSection } from "@/components/ui/titled-section";
import { VerdictBadge } from "@/components/ui/badges";
import { CitationLinks } from "@/components/ui/citation-links";
import type { InitiativeDetail } from "@/lib/views/initiative";

/** The fragment that links straight to one record note on its initiative's page. */
export function recordNoteAnchor(noteId: string): string {
  return `record-note-${noteId}`;
}

export function RecordNotes({ notes }: { notes: InitiativeDetail["recordNotes"] }) {
  if (!notes.length) return null;
  return (
    <TitledSection id="record" title="What the public record says">
      <p className="text-sm text-slate-600">
        Where the brief this tracker was set up from and the cited sources disagree.
      </p>
      <ul className="mt-3 space-y-3">
        {notes.map((n) => (
          <li
            key={n.id}
            id={recordNoteAnchor(n.id)}
            className="scroll-mt-4 rounded-lg border border-amber-200 bg-white p-4"
            data-testid="record-note"
          >
            <VerdictBadge verdict={n.verdict} />
            <dl className="mt-2 grid gap-3 text-sm md:grid-cols-2">
              <div>
                <dt className="text-xs font-medium text-slate-600">The brief says</dt>
                <dd>{n.briefSays}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium text-slate-600">The record shows</dt>
                <dd>{n.recordSays}</dd>
              </div>
            </dl>
            {n.sources.length ? (
              <p className="mt-2 text-xs text-slate-600">
                Sources: <CitationLinks sources={n.sources} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
