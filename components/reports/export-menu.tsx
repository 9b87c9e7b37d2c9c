"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useFileDownload } from "@/lib/client/use-file-download";
import { DownloadStatus } from "./download-status";
import { REPORT_FILE_FORMATS } from "./report-formats";
import { draftReportHref, type ReportScope } from "./report-href";

const itemClass =
  "flex min-h-10 w-full items-center rounded-md px-3 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 aria-disabled:pointer-events-none aria-disabled:opacity-60";

/**
 * "Export": a disclosure listing the report's formats, each a download of the draft report for
 * the view the page shows (its as-of date, basis and filters, or one initiative). The file is
 * fetched with its progress in words, then saved; without script the links download directly.
 */
export function ExportMenu({
  label = "Export",
  ...scope
}: ReportScope & {
  /** The button's text; the default suits a page header. */
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, start, busy } = useFileDownload();
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div className="space-y-1" data-testid="export-menu">
      <div
        ref={container}
        className="relative inline-block"
        onBlur={(event) => {
          const next = event.relatedTarget as Node | null;
          if (next && !event.currentTarget.contains(next)) setOpen(false);
        }}
      >
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((was) => !was)}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-md bg-white px-3 text-sm font-medium text-slate-900 ring-1 ring-inset ring-slate-400 hover:bg-slate-100"
        >
          {label}
          <svg
            viewBox="0 0 16 16"
            aria-hidden="true"
            focusable="false"
            className={`size-4 shrink-0 text-slate-600 transition-transform motion-reduce:transition-none ${open ? "rotate-180" : ""}`}
          >
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
          </svg>
        </button>
        <div
          id={panelId}
          hidden={!open}
          className="absolute right-0 top-full z-40 mt-2 w-60 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          <p className="px-3 pb-1 pt-1.5 text-xs text-slate-600">
            {scope.initiativeSlug ? "This initiative" : "The portfolio"} as shown, as a draft
            report:
          </p>
          <ul>
            {REPORT_FILE_FORMATS.map(({ format, label: formatLabel, what }) => {
              const href = draftReportHref(scope, format);
              return (
                <li key={format}>
                  <a
                    href={href}
                    download
                    aria-disabled={busy || undefined}
                    data-format={format}
                    className={itemClass}
                    onClick={(event) => {
                      event.preventDefault();
                      if (busy) return;
                      setOpen(false);
                      button.current?.focus();
                      void start(href, what);
                    }}
                  >
                    {formatLabel}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <DownloadStatus state={state} />
    </div>
  );
}
