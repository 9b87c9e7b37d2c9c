import { DateField } from "@/components/ui/date-field";
import { FormField } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";
import { EARLIEST_AS_OF } from "@/lib/constants";
import type { ReplayBasis } from "@/lib/domain/replay";
import type { IsoDay } from "@/lib/domain/types";

/** A day a view can be replayed to: from the first tracked day up to today. */
export function AsOfDayField({
  id,
  name,
  label,
  today,
  defaultValue,
  hint,
  className,
}: {
  id: string;
  name: string;
  label: string;
  today: IsoDay;
  defaultValue: string;
  hint?: string;
  className: string;
}) {
  return (
    <FormField id={id} name={name} label={label} hint={hint}>
      {(p) => (
        <DateField
          min={EARLIEST_AS_OF}
          max={today}
          defaultValue={defaultValue}
          {...p}
          className={className}
        />
      )}
    </FormField>
  );
}

/** Which history a view replays: what took effect by the day, or what was recorded by then. */
export function BasisField({
  id,
  label,
  basis,
  effective,
  recorded,
  className,
  describedBy,
}: {
  id: string;
  label: string;
  basis: ReplayBasis;
  effective: string;
  recorded: string;
  className: string;
  describedBy?: string;
}) {
  return (
    <FormField id={id} name="basis" label={label}>
      {(p) => (
        <select
          defaultValue={basis}
          {...p}
          className={className}
          aria-describedby={describedBy ?? p["aria-describedby"]}
        >
          <OptionList
            options={[
              ["effective", effective],
              ["recorded", recorded],
            ]}
          />
        </select>
      )}
    </FormField>
  );
}
