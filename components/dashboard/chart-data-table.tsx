import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The chart's numbers as a table, folded away by default; the same figures the chart draws. */
export function ChartDataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">Show data table</summary>
      <DataTable
        caption={caption}
        showCaption
        columns={columns}
        variant="compact"
        testId="data-table"
      >
        {children}
      </DataTable>
    </details>
  );
}
