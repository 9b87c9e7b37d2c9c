import Link from "next/link";
import type { ReactNode } from "react";
import type { Column } from "@/components/ui/data-table";
import { CompactChartTable } from "./chart-data-table";
import { dashboardHref, type ChartTable, type DashboardView } from "./view-links";

type Props = {
  /** Which chart's table this is; the URL's `table` names the one shown. */
  chart: ChartTable;
  view: DashboardView;
  caption: string;
  columns: Column[];
  children: ReactNode;
};

/**
 * A chart's numbers as a table, sent only when asked for (`?table=<chart>`): a long portfolio's
 * tables would otherwise double the page every reader downloads and the browser must hydrate.
 * A plain link, so it works without JavaScript and keeps the rest of the view.
 */
export function OnDemandTable({ chart, view, caption, columns, children }: Props) {
  const shown = view.table === chart;
  return (
    <div className="space-y-2 text-sm">
      <Link
        href={dashboardHref(view, { table: shown ? undefined : chart }, chart)}
        scroll={false}
        className="inline-flex min-h-6 items-center text-brand-700 underline"
      >
        {shown ? "Hide data table" : "Show data table"}
      </Link>
      {shown ? (
        <CompactChartTable caption={caption} columns={columns}>
          {children}
        </CompactChartTable>
      ) : null}
    </div>
  );
}
