import { formatDay } from "@/lib/format";
import Link from "next/link";
import type { ReactNode } from "react";
import type { SnapshotFilters } from "@/lib/domain/portfolio-snapshot";
import type { ReplayBasis } from "@/lib/domain/replay";
import { HEALTHS, INITIATIVE_KINDS, SIDES, type IsoDay } from "@/lib/domain/types";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "@/lib/format";
import { EARLIEST_AS_OF } from "@/lib/validation/dashboard";

type Props = {
  today: IsoDay;
  asOf: IsoDay;
  basis: ReplayBasis;
  since: IsoDay;
  sinceChosen?: IsoDay;
  filters: SnapshotFilters;
  workstreams: string[];
};

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A GET form: every view is a URL, so it can be shared, bookmarked and reloaded, and works without JavaScript. */
export function AsOfForm({ today, asOf, basis, since, sinceChosen, filters, workstreams }: Props) {
  return (
    <form
      method="get"
      action="/dashboard"
      aria-label="Choose the date, basis and filters"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="dash-as-of" label="Show the portfolio as of">
          <input
            id="dash-as-of"
            name="asOf"
            type="date"
            min={EARLIEST_AS_OF}
            max={today}
            defaultValue={asOf}
            className={control}
          />
        </Field>
        <Field id="dash-basis" label="Basis">
          <select
            id="dash-basis"
            name="basis"
            defaultValue={basis}
            className={control}
            aria-describedby="dash-basis-hint"
          >
            <option value="effective">As of (effective date)</option>
            <option value="recorded">As known on (recorded date)</option>
          </select>
        </Field>
        <Field id="dash-since" label="Changes since (recorded)">
          {/* Left empty unless chosen, so that moving the as-of date moves the default period with it. */}
          <input
            id="dash-since"
            name="since"
            type="date"
            min={EARLIEST_AS_OF}
            max={today}
            defaultValue={sinceChosen ?? ""}
            className={control}
            aria-describedby="dash-since-hint"
          />
          <p id="dash-since-hint" className="mt-0.5 text-xs text-slate-600">
            {sinceChosen
              ? "Clear it for the 7 days before the as-of date."
              : `Empty: the 7 days before the as-of date (from ${formatDay(since)}).`}
          </p>
        </Field>
        <Field id="dash-kind" label="Kind">
          <Options
            id="dash-kind"
            name="kind"
            value={filters.kind}
            all="All kinds"
            options={INITIATIVE_KINDS.map((k) => [k, KIND_LABELS[k]])}
          />
        </Field>
        <Field id="dash-health" label="Health">
          <Options
            id="dash-health"
            name="health"
            value={filters.health}
            all="Any health"
            options={HEALTHS.map((h) => [h, HEALTH_LABELS[h]])}
          />
        </Field>
        <Field id="dash-side" label="Side">
          <Options
            id="dash-side"
            name="side"
            value={filters.side}
            all="Both sides and joint"
            options={SIDES.map((s) => [s, SIDE_LABELS[s]])}
          />
        </Field>
        <Field id="dash-workstream" label="Workstream">
          <Options
            id="dash-workstream"
            name="workstream"
            value={filters.workstream}
            all="All workstreams"
            options={workstreams.map((w) => [w, w])}
          />
        </Field>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Show
          </button>
          <Link
            href="/dashboard"
            className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Reset
          </Link>
        </div>
      </div>
      <p id="dash-basis-hint" className="text-xs text-slate-600">
        <strong className="font-medium text-slate-800">As of</strong> shows what was true on that
        date, by when each change took effect;{" "}
        <strong className="font-medium text-slate-800">As known on</strong> shows only what the
        tracker had recorded by the end of that date.
      </p>
    </form>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

function Options({
  id,
  name,
  value,
  all,
  options,
}: {
  id: string;
  name: string;
  value?: string;
  all: string;
  options: [string, string][];
}) {
  return (
    <select id={id} name={name} defaultValue={value ?? ""} className={control}>
      <option value="">{all}</option>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}
