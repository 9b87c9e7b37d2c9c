import { LocalTime } from "@/components/ui/local-time";
import Link from "next/link";
import { UnsourcedBadge } from "@/components/initiative/unsourced-badge";
import { fieldLabel, formatFieldValue } from "@/lib/field-labels";
import { formatDay } from "@/lib/domain/dates";
import type { ChangeEventView } from "@/lib/views/change-event";

/** Change events, newest first: old → new, who, when recorded, when effective, why, and the evidence. */
export function ChangeEventList({
  events,
  showSubject = false,
}: {
  events: ChangeEventView[];
  showSubject?: boolean;
}) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No changes match.</p>;
  return (
    <ol className="space-y-2" aria-label="Change history">
      {events.map((e) => (
        <li
          key={e.id}
          className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
          data-testid="change-event"
        >
          {showSubject ? (
            <p className="text-xs text-slate-600">
              <Link href={`/initiatives/${e.initiative.slug}`} className="underline">
                {e.initiative.title}
              </Link>
              {e.milestone ? <> · {e.milestone.title}</> : null}
            </p>
          ) : null}
          <p>
            <span className="font-medium">{fieldLabel(e.field)}</span>
            {e.field === "created" ? (
              <span className="text-slate-700"> — entered in the tracker</span>
            ) : (
              <>
                :{" "}
                <span className="text-slate-600 line-through decoration-slate-400">
                  {formatFieldValue(e.field, e.oldValue)}
                </span>
                <span aria-label="changed to"> → </span>
                <span className="font-medium">{formatFieldValue(e.field, e.newValue)}</span>
                {e.unsourced ? (
                  <>
                    {" "}
                    <UnsourcedBadge what={fieldLabel(e.field).toLowerCase()} />
                  </>
                ) : null}
              </>
            )}
          </p>
          <p className="mt-0.5 text-slate-800">{e.reason}</p>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
            <span>{e.author}</span>
            <span>effective {formatDay(e.effectiveDate)}</span>
            <span>
              recorded <LocalTime iso={e.recordedAt} />
            </span>
            {e.confidence ? <span>confidence: {e.confidence}</span> : null}
            {e.evidenceUrl ? (
              <a href={e.evidenceUrl} className="text-brand-700 underline" rel="noreferrer">
                evidence
              </a>
            ) : (
              <span>no evidence linked</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
