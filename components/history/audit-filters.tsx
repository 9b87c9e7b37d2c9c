import Link from "next/link";

type Props = {
  values: Record<string, string | undefined>;
  authors: string[];
  initiatives: { slug: string; title: string }[];
};

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** GET form: the filtered audit view is a shareable link. */
export function AuditFilters({ values, authors, initiatives }: Props) {
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label="Filter the audit log"
    >
      <div>
        <label htmlFor="audit-author" className="text-xs font-medium text-slate-800">
          Person
        </label>
        <select
          id="audit-author"
          name="author"
          defaultValue={values.author ?? ""}
          className={control}
        >
          <option value="">Everyone</option>
          {authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-initiative" className="text-xs font-medium text-slate-800">
          Initiative
        </label>
        <select
          id="audit-initiative"
          name="initiative"
          defaultValue={values.initiative ?? ""}
          className={control}
        >
          <option value="">All initiatives</option>
          {initiatives.map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="text-xs font-medium text-slate-800">
          Recorded from
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          className={control}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className="text-xs font-medium text-slate-800">
          Recorded to
        </label>
        <input
          id="audit-to"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          className={control}
        />
      </div>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Apply
        </button>
        <Link
          href="/audit"
          className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
