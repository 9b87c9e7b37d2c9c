import { FilterActions, FormField, plainInputClass } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";

type Props = {
  values: Record<string, string | undefined>;
  authors: string[];
  initiatives: { slug: string; title: string }[];
};

/** GET form: the filtered audit view is a shareable link. */
export function AuditFilters({ values, authors, initiatives }: Props) {
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label="Filter the audit log"
    >
      <FormField id="audit-author" name="author" label="Person">
        {(p) => (
          <select {...p} defaultValue={values.author ?? ""} className={plainInputClass}>
            <OptionList options={authors} empty="Everyone" />
          </select>
        )}
      </FormField>
      <FormField id="audit-initiative" name="initiative" label="Initiative">
        {(p) => (
          <select {...p} defaultValue={values.initiative ?? ""} className={plainInputClass}>
            <OptionList
              options={initiatives.map((i) => [i.slug, i.title] as const)}
              empty="All initiatives"
            />
          </select>
        )}
      </FormField>
      {(["from", "to"] as const).map((bound) => (
        <FormField key={bound} id={`audit-${bound}`} name={bound} label={`Recorded ${bound}`}>
          {(p) => (
            <input
              type="date"
              {...p}
              defaultValue={values[bound] ?? ""}
              className={plainInputClass}
            />
          )}
        </FormField>
      ))}
      <FilterActions label="Apply" resetHref="/audit" resetLabel="Clear" />
    </form>
  );
}
