import { AsOfDayField, BasisField } from "@/components/as-of-fields";
import { FilterActions, FormField, plainInputClass } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { DEFAULT_SINCE_DAYS } from "@/lib/constants";
import { formatDay } from "@/lib/domain/dates";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import type { SnapshotFilters } from "@/lib/domain/portfolio-snapshot";
import type { ReplayBasis } from "@/lib/domain/replay";
import { HEALTHS, INITIATIVE_KINDS, SIDES, type IsoDay } from "@/lib/domain/types";
import { CleanGetForm } from "./clean-get-form";
import { GlossaryLink } from "./glossary-link";

type Props = {
  today: IsoDay;
  asOf: IsoDay;
  basis: ReplayBasis;
  since: IsoDay;
  sinceChosen?: IsoDay;
  filters: SnapshotFilters;
  workstreams: string[];
};

// Empty shows everything, so the URL names only what is filtered.
const FILTERS = [
  {
    name: "kind",
    label: "Kind",
    all: "All kinds",
    options: labelled(INITIATIVE_KINDS, KIND_LABELS),
  },
  { name: "health", label: "Health", all: "Any health", options: labelled(HEALTHS, HEALTH_LABELS) },
  {
    name: "side",
    label: "Side",
    all: "Both sides and joint",
    options: labelled(SIDES, SIDE_LABELS),
  },
] as const;

/** A GET form: every view is a URL, so it can be shared, bookmarked and reloaded. */
export function AsOfForm({ today, asOf, basis, since, sinceChosen, filters, workstreams }: Props) {
  return (
    <CleanGetForm
      action="/dashboard"
      defaults={{ asOf: today, basis: "effective" }}
      label="Choose the date and filters"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <AsOfDayField
          id="dash-as-of"
          name="asOf"
          label="Show the portfolio as of"
          today={today}
          defaultValue={asOf}
          className={plainInputClass}
        />
        <BasisField
          id="dash-basis"
          label="Which changes count"
          basis={basis}
          effective="As of: what was true on the date"
          recorded="As known on: what was recorded by then"
          className={plainInputClass}
          describedBy="dash-basis-hint"
        />
        {/* Left empty unless chosen, so that moving the as-of date moves the default period with it. */}
        <AsOfDayField
          id="dash-since"
          name="since"
          label="Changes since (recorded)"
          today={today}
          defaultValue={sinceChosen ?? ""}
          className={plainInputClass}
          hint={
            sinceChosen
              ? `Clear it for the ${DEFAULT_SINCE_DAYS} days before the as-of date.`
              : `Empty: the ${DEFAULT_SINCE_DAYS} days before the as-of date (from ${formatDay(since)}).`
          }
        />
        {[
          ...FILTERS,
          {
            name: "workstream",
            label: "Workstream",
            all: "All workstreams",
            options: workstreams,
          } as const,
        ].map((f) => (
          <FormField key={f.name} id={`dash-${f.name}`} name={f.name} label={f.label}>
            {(p) => (
              <select defaultValue={filters[f.name] ?? ""} {...p} className={plainInputClass}>
                <OptionList options={f.options} empty={f.all} />
              </select>
            )}
          </FormField>
        ))}
        <FilterActions label="Show" resetHref="/dashboard" resetLabel="Reset" />
      </div>
      <p id="dash-basis-hint" className="text-xs text-slate-600">
        <strong className="font-medium text-slate-800">As of</strong> shows what was true on that
        date, by when each change took effect;{" "}
        <strong className="font-medium text-slate-800">as known on</strong> shows only what the
        tracker had recorded by the end of that date.{" "}
        <GlossaryLink term="as-of">More in the glossary</GlossaryLink>
      </p>
    </CleanGetForm>
  );
}
