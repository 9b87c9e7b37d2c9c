import { cellClass, DataTable, rowHeaderClass } from "@/components/ui/data-table";
import type { PublishedReportView } from "@/lib/views/report";
import { Fingerprint } from "./fingerprint";
import { ReportDownloads } from "./report-downloads";
import { asOfText, filtersText, publishedAtText } from "./report-text";

const COLUMNS = [
  { label: "Published (UTC)" },
  { label: "By" },
  { label: "As of" },
  { label: "Covers" },
  { label: "Fingerprint (SHA-256)" },
  { label: "Download" },
];

/** The published reports, newest first; each row is the target of `/reports#report-<id>`. */
export function ReportArchiveTable({ reports }: { reports: PublishedReportView[] }) {
  if (reports.length === 0)
    return (
      <p className="text-sm text-slate-700" data-testid="report-archive-empty">
        No report has been published yet.
      </p>
    );
  return (
    <DataTable
      caption={`Published reports, newest first (${reports.length})`}
      columns={COLUMNS}
      testId="report-archive"
    >
      {reports.map((report) => {
        const published = publishedAtText(report.publishedAt);
        const filters = filtersText(report);
        const of = `the report published ${published}`;
        return (
          <tr
            key={report.id}
            id={`report-${report.id}`}
            data-report-id={report.id}
            className="align-top target:bg-amber-50"
          >
            <th scope="row" className={rowHeaderClass("panel", "whitespace-nowrap")}>
              <time dateTime={report.publishedAt}>{published}</time>
            </th>
            <td className={cellClass("panel")}>{report.publishedBy}</td>
            <td className={cellClass("panel", { extra: "whitespace-nowrap" })}>
              {asOfText(report)}
            </td>
            <td className={cellClass("panel")}>
              {report.scopeLabel}
              {filters ? <span className="block text-xs text-slate-600">{filters}</span> : null}
            </td>
            <td className={cellClass("panel")}>
              <Fingerprint sha256={report.sha256} of={of} />
            </td>
            <td className={cellClass("panel")}>
              <ReportDownloads report={report} of={of} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
