import { LocalTime } from "@/components/ui/local-time";
import Link from "next/link";
import type { ReactNode } from "react";
import { UnsourcedBadge } from "@/components/initiative/unsourced-badge";
import { formatDay } from "@/lib/domain/dates";
import { fieldLabel, formatFieldValue } from "@/lib/field-labels";
import type { ChangeEventView } from "@/lib/views/change-event";
import type { ChangeSetView } from "@/lib/views/change-set";

// A fixed layout with these widths, so a long value wraps in its own column instead of squeezing
// the others.
const COLUMNS = [
  { label: "Recorded", width: "w-[13%]" },
  { label: "By", width: "w-[11%]" },
  { label: "What", width: "w-[18%]" },
  { label: "Reason and evidence", width: "w-[23%]" },
  { label: "Field", width: "w-[10%]" },
  { label: "Old → new", width: "w-[25%]" },
];

// Below the lg breakpoint every table part is a block: each change is a card, read top to bottom.
const stack = "max-lg:block";
const cellBase = "px-3 py-2 align-top wrap-anywhere max-lg:px-0 max-lg:py-0.5";
const cell = `${cellBase} ${stack}`;
// The field and its old → new share one line on a card.
const inlineCell = `${cellBase} max-lg:inline`;

/** The column's name, shown in front of the value where the table is stacked into cards. */
function CardLabel({ children }: { children: ReactNode }) {
  return <span className="mr-1 text-xs font-medium text-slate-600 lg:hidden">{children}:</span>;
}

function Recorded({ set }: { set: ChangeSetView }) {
  return (
    <>
      <CardLabel>Recorded</CardLabel>
      <LocalTime iso={set.recordedAt} />
      <span className="block text-xs text-slate-600 max-lg:ml-1 max-lg:inline">
        effective {formatDay(set.effectiveDate)}
      </span>
    </>
  );
}

function Subject({ event }: { event: ChangeEventView }) {
  const page = `/initiatives/${encodeURIComponent(event.initiative.slug)}`;
  return (
    <>
      <CardLabel>What</CardLabel>
      {event.milestone ? (
        <>
          <Link
            href={`${page}#milestone-${event.milestone.id}`}
            className="text-brand-800 underline"
          >
            {event.milestone.title}
          </Link>
          <span className="block text-xs text-slate-600 max-lg:ml-1 max-lg:inline">
            milestone of {event.initiative.title}
          </span>
        </>
      ) : (
        <>
          <Link href={page} className="text-brand-800 underline">
            {event.initiative.title}
          </Link>
          <span className="block text-xs text-slate-600 max-lg:ml-1 max-lg:inline">initiative</span>
        </>
      )}
    </>
  );
}

function ReasonAndEvidence({ set }: { set: ChangeSetView }) {
  return (
    <>
      <CardLabel>Reason</CardLabel>
      <span className="whitespace-pre-line text-slate-900">{set.reason}</span>
      <span className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600">
        {set.evidenceUrl ? (
          <a
            href={set.evidenceUrl}
            rel="noreferrer"
            className="inline-flex min-h-6 items-center text-brand-800 underline"
          >
            Evidence<span className="sr-only"> for this change</span>
          </a>
        ) : (
          <span>No evidence linked</span>
        )}
        {set.confidence ? <span>Confidence: {set.confidence}</span> : null}
      </span>
    </>
  );
}

// Past this many characters together, old and new each get a line of their own.
const LONG_VALUES = 80;

function FieldChange({ event }: { event: ChangeEventView }) {
  if (event.field === "created")
    return <span className="text-slate-700">entered in the tracker</span>;
  const before = formatFieldValue(event.field, event.oldValue);
  const after = formatFieldValue(event.field, event.newValue);
  const badge = event.unsourced ? (
    <>
      {" "}
      <UnsourcedBadge what={fieldLabel(event.field).toLowerCase()} />
    </>
  ) : null;
  if (before.length + after.length > LONG_VALUES)
    return (
      <>
        <span className="block text-slate-700 max-lg:mt-0.5">
          <span className="text-xs font-medium text-slate-600">Old: </span>
          {before}
        </span>
        <span className="mt-1 block">
          <span className="text-xs font-medium text-slate-600">New: </span>
          <span className="font-medium">{after}</span>
          {badge}
        </span>
      </>
    );
  return (
    <>
      <span className="text-slate-700">
        <span className="sr-only">from </span>
        {before}
      </span>
      <span aria-hidden="true"> → </span>
      <span className="sr-only"> to </span>
      <span className="font-medium">{after}</span>
      {badge}
    </>
  );
}

const sameSubject = (a: ChangeEventView, b: ChangeEventView) =>
  a.initiative.slug === b.initiative.slug && a.milestone?.id === b.milestone?.id;

/**
 * One row group per change: when, who, what, why and the evidence once, beside one row per field
 * changed (old → new). A change that touched several records (a reorder) names each on its row.
 * Below the lg breakpoint each change is a card, so a phone never scrolls sideways.
 */
export function AuditTable({
  changeSets,
  caption,
}: {
  changeSets: ChangeSetView[];
  caption: string;
}) {
  return (
    <table
      className={`${stack} w-full text-left text-sm lg:table-fixed lg:rounded-lg lg:bg-white lg:ring-1 lg:ring-slate-200`}
    >
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 max-lg:hidden">
        <tr>
          {COLUMNS.map(({ label, width }) => (
            <th key={label} scope="col" className={`px-3 py-2 font-medium ${width}`}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      {changeSets.map((set) => {
        const span = set.events.length;
        const shared = set.events.every((e) => sameSubject(e, set.events[0]));
        return (
          <tbody
            key={set.changeSetId}
            data-testid="change-set"
            data-change-set-id={set.changeSetId}
            className={`${stack} border-t border-slate-200 max-lg:mb-3 max-lg:rounded-lg max-lg:border max-lg:bg-white max-lg:p-3`}
          >
            {set.events.map((event, index) => (
              <tr
                key={event.id}
                data-testid="change-event"
                className={`${stack} ${index > 0 ? "border-t border-slate-100 max-lg:mt-1 max-lg:pt-1" : ""}`}
              >
                {index === 0 ? (
                  <>
                    <th scope="rowgroup" rowSpan={span} className={`${cell} font-normal`}>
                      <Recorded set={set} />
                    </th>
                    <td rowSpan={span} className={cell}>
                      <CardLabel>By</CardLabel>
                      {set.author}
                    </td>
                  </>
                ) : null}
                {index === 0 || !shared ? (
                  <td rowSpan={shared ? span : undefined} className={cell}>
                    <Subject event={event} />
                  </td>
                ) : null}
                {index === 0 ? (
                  <td rowSpan={span} className={cell}>
                    <ReasonAndEvidence set={set} />
                  </td>
                ) : null}
                <td className={`${inlineCell} font-medium`}>
                  {fieldLabel(event.field)}
                  <span className="lg:hidden">: </span>
                </td>
                <td className={inlineCell}>
                  <FieldChange event={event} />
                </td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
