import { formatDay } from "@/lib/domain/dates";
import type { InitiativeDetail } from "@/lib/views/initiative";
import { recordNoteAnchor } from "./record-notes";
import { SummaryCard } from "./summary-card";

/** Who leads the initiative on each side, and the target window it is measured against. */
export function KeyFacts({ initiative: i }: { initiative: InitiativeDetail }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SummaryCard title="Lead agencies">
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="text-xs text-slate-600">Korea</dt>
            <dd>{i.leads.korea.join("; ") || "—"}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Singapore</dt>
            <dd>{i.leads.singapore.join("; ") || "—"}</dd>
          </div>
        </dl>
      </SummaryCard>
      <SummaryCard title={`Target window: ${i.target.describedAs}`}>
        <p className="text-sm">
          {formatDay(i.target.start)} – {formatDay(i.target.end)}
        </p>
        <p className="mt-1 text-xs text-slate-700" data-testid="target-kind">
          {i.target.kind === "official_commitment"
            ? "An official commitment, from its cited source."
            : "An expectation from outside, not a commitment by either government: passing it alone never makes the initiative off track."}
          {i.target.recordNoteId ? (
            <>
              {" "}
              <a className="underline" href={`#${recordNoteAnchor(i.target.recordNoteId)}`}>
                What the record says about it
              </a>
              .
            </>
          ) : null}
        </p>
        <p className="mt-1 text-xs text-slate-600">
          {i.target.source ? (
            <>
              Source:{" "}
              <a className="underline" href={i.target.source.url}>
                {i.target.source.title}
              </a>
              .{" "}
            </>
          ) : null}
          {i.target.note}
        </p>
      </SummaryCard>
    </div>
  );
}
