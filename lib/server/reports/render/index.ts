import "server-only";
import type { ReportDocument } from "../../../domain/report/document";
import { renderCsv } from "./csv";
import { renderJson } from "./json";
import { renderPdf } from "./pdf";
import { renderPptx } from "./pptx";
import { renderXlsx } from "./xlsx";

export type ReportFormat = "pdf" | "xlsx" | "csv" | "json" | "pptx";

export const REPORT_FORMATS: Record<ReportFormat, { contentType: string }> = {
  pdf: { contentType: "application/pdf" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  csv: { contentType: "text/csv; charset=utf-8" },
  json: { contentType: "application/json; charset=utf-8" },
  pptx: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
};

/** "corridor-status-2026-06-30.pdf"; one initiative: "corridor-status-mou-quantum-2026-06-30.pdf". */
export function reportFileName(doc: ReportDocument, format: ReportFormat): string {
  const scope = doc.scope.slug ? `-${doc.scope.slug}` : "";
  return `corridor-status${scope}-${doc.asOf}.${format}`;
}

/** The report in one format. The same document always gives the same bytes. */
export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
  opts: { sha256?: string } = {},
): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return renderPdf(doc, opts);
    case "xlsx":
      return renderXlsx(doc);
    case "csv":
      return renderCsv(doc);
    case "json":
      return renderJson(doc);
    case "pptx":
      return renderPptx(doc);
  }
}
