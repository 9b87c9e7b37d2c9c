import { DateField } from "@/components/ui/date-field";
import { FilterActions, FormField, plainInputClass } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";
import { FIELD_LABELS } from "@/lib/field-labels";
import type { AuditParams } from "./audit-href";

type Props = {
  values: AuditParams;
  authors: string[];
  initiatives: { slug: string; title: string }[];
  pageSizes: readonly number[];
  defaultPageSize: number;
};

const fieldOptions = Object.entries(FIELD_LABELS).sort(([, a], [, b]) => a.localeCompare(b));

/** GET form: the filtered audit view is a shareable link; a new filter starts again at page 1. */
export function AuditFilters({ values, authors, initiatives, pageSizes, defaultPageSize }: Props) {
  const pageSize = values.pageSize ?? String(defaultPageSize);
  // A size typed into the URL is offered too, so the form shows the page as it is.
  const sizes = [...new Set([...pageSizes.map(String), pageSize])].sort((a, b) => +a - +b);
  return (
    <form
      method="get"
      action="/audit"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      aria-label="Filter the audit log"
    >
      <div className="sm:col-span-2">
        <FormField
          id="audit-q"
          name="q"
          label="Search"
          hint="Titles, old and new values, reasons and people; at least 2 characters."
        >
          {(p) => (
            <input
              type="search"
              {...p}
              defaultValue={values.q ?? ""}
              maxLength={100}
              className={plainInputClass}
            />
          )}
        </FormField>
      </div>
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
      <FormField id="audit-field" name="field" label="Field">
        {(p) => (
          <select {...p} defaultValue={values.field ?? ""} className={plainInputClass}>
            <OptionList options={fieldOptions} empty="All fields" />
          </select>
        )}
      </FormField>
      {(["from", "to"] as const).map((bound) => (
        <FormField key={bound} id={`audit-${bound}`} name={bound} label={`Recorded ${bound}`}>
          {(p) => (
            <DateField {...p} defaultValue={values[bound] ?? ""} className={plainInputClass} />
          )}
        </FormField>
      ))}
      <FormField id="audit-page-size" name="pageSize" label="Changes per page">
        {(p) => (
          <select {...p} defaultValue={pageSize} className={plainInputClass}>
            <OptionList options={sizes} />
          </select>
        )}
      </FormField>
      <div className="sm:col-span-2 lg:col-span-4">
        <FilterActions label="Apply" resetHref="/audit" resetLabel="Clear" />
      </div>
    </form>
  );
}
