// The small buttons of tables and inline confirmations; a form's own submit button is SubmitRow's.
export const smallPrimaryButtonClass =
  "rounded-md bg-brand-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-100 disabled:opacity-60";
export const dangerButtonClass =
  "rounded-md bg-red-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-red-800 disabled:opacity-60";
