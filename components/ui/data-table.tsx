import type { ReactNode } from "react";

export type Column = { label: ReactNode; key?: string; numeric?: boolean; className?: string };
/** `panel`: a page's own table in a bordered card; `compact`: the dense figures behind a chart. */
export type TableVariant = "panel" | "compact";

const STYLES: Record<TableVariant, { wrapper: string; table: string; head: string; th: string }> = {
  panel: {
    wrapper: "overflow-x-auto rounded-lg border border-slate-200 bg-white",
    table: "w-full text-left text-sm",
    head: "bg-slate-50 text-xs text-slate-600",
    th: "px-3 py-2 font-medium",
  },
  compact: {
    wrapper: "mt-2 overflow-x-auto",
    table: "min-w-full border-collapse text-xs",
    head: "",
    th: "border-b border-slate-300 px-2 py-1 font-medium text-slate-800",
  },
};
const CELL: Record<TableVariant, string> = {
  panel: "px-3 py-2",
  compact: "border-b border-slate-100 px-2 py-1 align-top tabular-nums",
};

/** The class of a body cell; numbers are right-aligned in figures of equal width. */
export function cellClass(variant: TableVariant, { numeric = false, extra = "" } = {}): string {
  return [CELL[variant], numeric ? "text-right tabular-nums" : "", extra].filter(Boolean).join(" ");
}

/** A row's first cell, naming what the row is about for screen readers. */
export function rowHeaderClass(variant: TableVariant, extra = ""): string {
  return cellClass(variant, { extra: `text-left font-normal ${extra}`.trim() });
}

/**
 * A table with a caption, column headers scoped to their columns and a wrapper that scrolls
 * sideways on narrow screens (focusable, so it scrolls from the keyboard too).
 */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  variant = "panel",
  scrollLabel = `${caption} (scrollable)`,
  className = "",
  testId,
  children,
}: {
  caption: string;
  showCaption?: boolean;
  columns: Column[];
  variant?: TableVariant;
  scrollLabel?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const style = STYLES[variant];
  return (
    <div className={style.wrapper} tabIndex={0} role="region" aria-label={scrollLabel}>
      <table data-testid={testId} className={`${style.table} ${className}`.trim()}>
        <caption className={showCaption ? "py-1 text-left text-slate-700" : "sr-only"}>
          {caption}
        </caption>
        <thead className={style.head || undefined}>
          <tr>
            {columns.map((c, n) => (
              <th
                key={c.key ?? (typeof c.label === "string" ? c.label : n)}
                scope="col"
                className={[style.th, c.numeric ? "text-right" : "text-left", c.className]
                  .filter(Boolean)
                  .join(" ")}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={variant === "panel" ? "divide-y divide-slate-100" : undefined}>
          {children}
        </tbody>
      </table>
    </div>
  );
}
