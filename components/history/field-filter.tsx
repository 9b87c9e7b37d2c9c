import { FormField } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";
import { FIELD_LABELS } from "@/lib/field-labels";

/** A plain GET form, so a filtered history is a link that can be shared and works without script. */
export function FieldFilter({ field }: { field?: string }) {
  return (
    <form className="flex items-end gap-2 text-sm" method="get">
      <FormField id="history-field" name="field" label="Field">
        {(p) => (
          <select
            {...p}
            defaultValue={field ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            <OptionList options={Object.entries(FIELD_LABELS)} empty="All fields" />
          </select>
        )}
      </FormField>
      <button
        type="submit"
        className="rounded-md px-3 py-1.5 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
      >
        Filter
      </button>
    </form>
  );
}
