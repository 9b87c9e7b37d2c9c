import type { ReactNode } from "react";

export const th = "border-b border-slate-300 px-2 py-1 text-left font-medium text-slate-800";
export const td = "border-b border-slate-100 px-2 py-1 align-top tabular-nums";

/** The chart's numbers as a table, folded away by default; the same figures the chart draws. */
export function DataTable({
  caption,
  head,
  children,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">Show data table</summary>
      <div
        role="region"
        aria-label={`${caption} (scrollable)`}
        tabIndex={0}
        className="mt-2 overflow-x-auto"
      >
        <table data-testid="data-table" className="min-w-full border-collapse text-xs">
          <caption className="py-1 text-left text-slate-700">{caption}</caption>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}
