import type { ReportFileFormat } from "@/lib/views/report";

/** The formats in the order the Export menu offers them; `what` names the file in progress messages. */
export const REPORT_FILE_FORMATS: { format: ReportFileFormat; label: string; what: string }[] = [
  { format: "pdf", label: "PDF brief", what: "PDF" },
  { format: "xlsx", label: "Workbook (.xlsx)", what: "workbook" },
  { format: "csv", label: "CSV", what: "CSV" },
  { format: "json", label: "JSON", what: "JSON" },
  { format: "pptx", label: "Slides (.pptx)", what: "slides" },
];
