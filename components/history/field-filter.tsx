import { FIELD_LABELS } from "@/lib/field-labels";

/** A plain GET form, so a filtered history is a link that can be shared and works without script. */
export function FieldFilter({ field }: { field?: string }) {
  return (
    <form className="flex items-end gap-2 text-sm" method="get">
      <div>
        <label htmlFor="history-field" className="block text-xs font-medium text-slate-800">
          Field
        </label>
        <select
          id="history-field"
          name="field"
          defaultValue={field ?? ""}
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5"
        >
          <option value="">All fields</option>
          {Object.entries(FIELD_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md px-3 py-1.5 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
      >
        Filter
      </button>
    </form>
  );
}
