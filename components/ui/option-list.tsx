/** Each value with its label, for OptionList. */
export function labelled<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((v) => [v, labels[v]] as const);
}

/** A select's options: an optional "nothing chosen" entry, then each value (a bare value is its own label). */
export function OptionList({
  options,
  empty,
}: {
  options: readonly (string | readonly [string, string])[];
  empty?: string;
}) {
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map((option) => {
        const [value, label] = typeof option === "string" ? [option, option] : option;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </>
  );
}
