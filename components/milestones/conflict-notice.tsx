import { fieldLabel, formatFieldValue } from "@/lib/field-labels";
import type { MilestoneView } from "@/lib/views/milestone";

/** The recorded fields an analyst edits on a milestone, in the order they are shown. */
export const EDITED_FIELDS = [
  "status",
  "percentComplete",
  "plannedDate",
  "actualDate",
  "baselineDate",
  "side",
] as const;

/** Shows what the other person changed since this form was opened, and lets the analyst choose. */
export function ConflictNotice({
  mine,
  current,
  onReapply,
  onDiscard,
}: {
  mine: MilestoneView;
  current: MilestoneView;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const changed = EDITED_FIELDS.filter((f) => String(mine[f] ?? "") !== String(current[f] ?? ""));
  return (
    <div
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="conflict-notice"
    >
      <p className="font-semibold">
        Someone else saved a change first (now version {current.version}).
      </p>
      {changed.length ? (
        <ul className="mt-1 list-disc pl-5">
          {changed.map((f) => (
            <li key={f}>
              {fieldLabel(f)}: {formatFieldValue(f, mine[f] === null ? null : String(mine[f]))} →{" "}
              <strong>
                {formatFieldValue(f, current[f] === null ? null : String(current[f]))}
              </strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">Their change did not touch the fields shown here.</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onReapply}
          className="rounded-md bg-amber-800 px-3 py-1.5 font-semibold text-white hover:bg-amber-900"
        >
          Re-apply my change on their version
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded-md px-3 py-1.5 ring-1 ring-inset ring-amber-700 hover:bg-amber-100"
        >
          Discard my change
        </button>
      </div>
    </div>
  );
}
