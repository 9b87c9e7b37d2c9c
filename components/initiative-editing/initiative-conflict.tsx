"use client";
import { fieldLabel, formatFieldValue } from "@/lib/field-labels";
import { DRAFT_FIELDS, valuesOf, type EditableInitiative } from "./initiative-draft";

/** What the other person saved since the panel was opened, so the analyst can choose knowingly. */
export function InitiativeConflict({
  message,
  mine,
  current,
  onReapply,
  onDiscard,
}: {
  message: string;
  mine: EditableInitiative;
  current: EditableInitiative;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const before = valuesOf(mine);
  const now = valuesOf(current);
  const changed = DRAFT_FIELDS.filter((f) => before[f] !== now[f]);
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="initiative-conflict"
    >
      <p className="font-semibold">{message}</p>
      {changed.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {changed.map((f) => (
            <li key={f} className="break-words">
              {fieldLabel(f)}: {formatFieldValue(f, before[f])} →{" "}
              <strong>{formatFieldValue(f, now[f])}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">Their change did not touch the fields in this panel.</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onReapply}
          className="rounded-md bg-amber-800 px-3 py-1.5 font-semibold text-white hover:bg-amber-900"
        >
          Apply my changes on their version
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded-md px-3 py-1.5 ring-1 ring-inset ring-amber-700 hover:bg-amber-100"
        >
          Discard my changes
        </button>
      </div>
    </div>
  );
}
