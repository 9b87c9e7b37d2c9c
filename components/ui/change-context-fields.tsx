import type { ChangeEvent } from "react";
import { CONFIDENCES } from "@/lib/domain/types";
import { DateField } from "./date-field";
import { FormField } from "./form-field";
import { OptionList } from "./option-list";
import type { fieldPropsFor } from "./form-kit";

type Field = ReturnType<typeof fieldPropsFor>;
type Bound = {
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
};

/**
 * What every recorded change carries besides its new values: why, when it took effect, how sure,
 * and the evidence. `control` binds the inputs to a draft; without it they are left uncontrolled.
 */
export function ChangeContextFields({
  field,
  control,
  today,
  reasonLabel = "Reason (required)",
  evidenceLabel = "Evidence link",
  halfSpan = "sm:col-span-2",
  fullSpan = "sm:col-span-2 lg:col-span-4",
}: {
  field: Field;
  control?: (name: string) => Bound;
  today?: string;
  reasonLabel?: string;
  evidenceLabel?: string;
  halfSpan?: string;
  fullSpan?: string;
}) {
  const bind = (name: string) => control?.(name) ?? {};
  return (
    <>
      <div className={halfSpan}>
        <FormField {...field("reason", reasonLabel)}>
          {(p) => <input required {...p} {...bind("reason")} />}
        </FormField>
      </div>
      <FormField {...field("effectiveDate", "Effective date", "Empty means today")}>
        {(p) => <DateField max={today} {...p} {...bind("effectiveDate")} />}
      </FormField>
      <FormField {...field("confidence", "Confidence")}>
        {(p) => (
          <select {...p} {...(control ? control("confidence") : { defaultValue: "" })}>
            <OptionList options={CONFIDENCES} empty="Not stated" />
          </select>
        )}
      </FormField>
      <div className={fullSpan}>
        <FormField {...field("evidenceUrl", evidenceLabel)}>
          {(p) => (
            <input
              type="url"
              inputMode="url"
              placeholder="https://…"
              {...p}
              {...bind("evidenceUrl")}
            />
          )}
        </FormField>
      </div>
    </>
  );
}
