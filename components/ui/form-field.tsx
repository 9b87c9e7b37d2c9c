import Link from "next/link";
import type { ReactNode } from "react";

/** The control of a GET filter form: the view it picks is a link, so nothing is ever invalid. */
export const plainInputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
export const inputClass = `${plainInputClass} shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-invalid:border-red-600`;

/** What a field hands its control: its id, name, style and the wiring to its hint and error. */
export type ControlProps = {
  id: string;
  name?: string;
  className: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * A label, its control, a hint and the field's error, tied together for screen readers: the
 * control is described by the hint and the error and marked invalid while there is an error.
 * Server and client components both use it, so it holds no state and no event handler.
 */
export function FormField({
  id,
  name,
  label,
  hint,
  error,
  announceError = false,
  labelClassName = "block text-xs font-medium text-slate-800",
  children,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** For errors found in the browser, which no other alert announces. */
  announceError?: boolean;
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children({
        id,
        name,
        className: inputClass,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": described.length ? described.join(" ") : undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={`${id}-error`}
          role={announceError ? "alert" : undefined}
          className="mt-0.5 text-xs text-red-800"
        >
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The submit button and the way back to the unfiltered view, for GET filter forms. */
export function FilterActions({
  label,
  resetHref,
  resetLabel,
}: {
  label: string;
  resetHref: string;
  resetLabel: string;
}) {
  return (
    <div className="flex items-end gap-2">
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {label}
      </button>
      <Link
        href={resetHref}
        className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
      >
        {resetLabel}
      </Link>
    </div>
  );
}
