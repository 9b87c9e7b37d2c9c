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
      <CompactChartTable caption={caption} columns={columns}>
        {children}
      </CompactChartTable>
    </details>
  );
}

/** A chart's numbers as a compact captioned table: what every chart's data table looks like. */
export function CompactChartTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <DataTable
      caption={caption}
      showCaption
      columns={columns}
      variant="compact"
      testId="data-table"
    >
      {children}
    </DataTable>
  );
}
