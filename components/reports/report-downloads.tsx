"use client";
import { useFileDownload } from "@/lib/client/use-file-download";
import type { PublishedReportView } from "@/lib/views/report";
import { DownloadStatus } from "./download-status";
import { REPORT_FILE_FORMATS } from "./report-formats";

/** A published report's files, one link per format, each fetched with its progress in words. */
export function ReportDownloads({ report, of }: { report: PublishedReportView; of: string }) {
  const { state, start, busy } = useFileDownload();
  return (
    <div className="space-y-1">
      <ul className="flex flex-wrap gap-1" aria-label={`Downloads of ${of}`}>
        {REPORT_FILE_FORMATS.map(({ format, what }) => (
          <li key={format}>
            <a
              href={report.downloads[format]}
              download
              data-format={format}
              aria-disabled={busy || undefined}
              className="inline-flex min-h-6 items-center rounded px-1.5 text-xs font-medium uppercase text-brand-800 underline hover:bg-slate-100 aria-disabled:pointer-events-none aria-disabled:opacity-60"
              onClick={(event) => {
                event.preventDefault();
                if (!busy) void start(report.downloads[format], what);
              }}
            >
              {format}
              <span className="sr-only"> ({what})</span>
            </a>
          </li>
        ))}
      </ul>
      <DownloadStatus state={state} />
    </div>
  );
}
