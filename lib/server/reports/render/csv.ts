import "server-only";
import { writeSafeCsv } from "../../../domain/csv-import";
import type { ReportDocument } from "../../../domain/report/document";
import { PROVENANCE_WORDS } from "../../../domain/report/wording";

const COLUMNS = [
  "initiative_slug",
  "initiative",
  "milestone_id",
  "version",
  "milestone",
  "workstream",
  "side",
  "status",
  "percent_complete",
  "weight",
  "baseline_date",
  "planned_date",
  "actual_date",
  "slippage_days",
  "overdue_days",
  "date_source",
  "sources",
] as const;

// writeSafeCsv guards = + - @; a leading tab or carriage return can start a formula too.
const CONTROL_START = /^[\t\r]/;

/**
 * The report's milestones as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, and no cell a
 * spreadsheet would run as a formula (such a cell is written with a leading apostrophe).
 */
export async function renderCsv(doc: ReportDocument): Promise<Buffer> {
  const sourceUrls = new Map(doc.sources.map((s) => [s.n, s.url]));
  const rows = doc.initiatives.flatMap((i) =>
    i.milestones.map((m) =>
      [
        i.slug,
        i.title,
        m.id,
        String(m.version),
        m.title,
        m.workstream ?? "",
        m.side,
        m.status,
        String(m.percent),
        String(m.weight),
        m.baselineDate,
        m.plannedDate,
        m.actualDate ?? "",
        String(m.slippageDays),
        m.overdueDays === null ? "" : String(m.overdueDays),
        PROVENANCE_WORDS[m.provenance],
        m.sourceRefs.map((n) => `[${n}] ${sourceUrls.get(n) ?? ""}`.trim()).join(" "),
      ].map((cell) => (CONTROL_START.test(cell) ? `'${cell}` : cell)),
    ),
  );
  return Buffer.from(writeSafeCsv(COLUMNS, rows), "utf8");
}
