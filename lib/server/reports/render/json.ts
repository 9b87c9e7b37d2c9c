import "server-only";
import type { ReportDocument } from "../../../domain/report/document";

/** The document itself, pretty-printed (docs/report-json.md describes its shape). */
export function renderJson(doc: ReportDocument): Buffer {
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, "utf8");
}
