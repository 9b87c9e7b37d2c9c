import "server-only";
import ExcelJS from "exceljs";
import { formatDay } from "../../../domain/dates";
import {
  HEALTH_LABELS,
  KIND_LABELS,
  LIFECYCLE_LABELS,
  MILESTONE_STATUS_LABELS,
  SIDE_LABELS,
} from "../../../domain/labels";
import type {
  ReportChangeEvent,
  ReportDocument,
  ReportInitiative,
  ReportMilestone,
  ReportSource,
} from "../../../domain/report/document";
import {
  asOfText,
  changeEventsNotice,
  changeEventsTotal,
  filtersText,
  PROVENANCE_WORDS,
  publicationText,
  refsText,
} from "../../../domain/report/wording";
import { SCHEDULE_LABELS } from "../../../domain/verdict";
import { fieldLabel, formatFieldValue } from "../../../field-labels";
import { addTableSheet, type Column } from "./xlsx-sheet";
import { withFixedZipDates } from "./zip-dates";
import { deflateStoredEntries } from "./zip-deflate";

type MilestoneRow = ReportMilestone & { initiative: ReportInitiative };

/**
 * The workbook: a Summary sheet, then Initiatives, Milestones, Changes and Sources as filterable
 * tables with real date and number cells. Its dates are the document's, so the same document
 * gives the same bytes.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const date = new Date(doc.publishedAt ?? doc.generatedAt);
  const book = new ExcelJS.Workbook();
  book.creator = doc.author;
  book.lastModifiedBy = doc.author;
  book.title = `${doc.title}, ${formatDay(doc.asOf)}`;
  book.subject = doc.verdict;
  book.company = "Corridor";
  book.created = date;
  book.modified = date;

  summarySheet(book, doc);
  addTableSheet(book, "Initiatives", INITIATIVE_COLUMNS, doc.initiatives);
  addTableSheet(
    book,
    "Milestones",
    MILESTONE_COLUMNS,
    doc.initiatives.flatMap((initiative) =>
      initiative.milestones.map((m) => ({ ...m, initiative })),
    ),
  );
  addTableSheet(book, "Changes", CHANGE_COLUMNS, doc.changeEvents, {
    note: changeEventsNotice(doc),
  });
  addTableSheet(book, "Sources", SOURCE_COLUMNS, doc.sources);

  // Stored by the writer, deflated after by Node's zlib (zip-deflate.ts says why).
  const stored = Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return withFixedZipDates(deflateStoredEntries(stored), date);
}

function summarySheet(book: ExcelJS.Workbook, doc: ReportDocument) {
  const h = doc.headline;
  const sheet = book.addWorksheet("Summary");
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 100;
  const rows: [string, ExcelJS.CellValue, string?][] = [
    ["Report", doc.title],
    ["As of", dateCell(doc.asOf), "d mmm yyyy"],
    ["Basis", asOfText(doc)],
    ["Scope", doc.scope.label],
    ["Filters", filtersText(doc.filters)],
    ["Status", publicationText(doc)],
    ["Prepared by", doc.author],
    ["Report id", doc.id ?? "—"],
    ["Verdict", doc.verdict],
    ["Reported progress", fraction(h.reported), "0%"],
    ["Evidenced progress", fraction(h.evidenced), "0%"],
    [`Expected by ${formatDay(doc.asOf)}`, fraction(h.expected), "0%"],
    ["Gap (points)", h.gap === null ? null : Math.round(h.gap), "+0;-0;0"],
    ["Gap definition", doc.gapDefinition],
    ["Window", h.window.statement],
    ["About the window", h.window.note ?? "—"],
    ["Milestones overdue", h.overdueSummary],
    ["Changes recorded in the period", changesText(doc)],
    [
      "Changes since the previous published report",
      doc.previousReport
        ? `${doc.changes.length} (previous report ${doc.previousReport.id}, published ${formatDay(doc.previousReport.publishedAt.slice(0, 10))})`
        : "No earlier published report",
    ],
  ];
  for (const [label, value, format] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top", horizontal: "left" };
    if (format) row.getCell(2).numFmt = format;
  }
}

/** "164 after 30 Jun 2026 up to 28 Nov 2026, each on the Changes sheet", or which are left out. */
function changesText(doc: ReportDocument): string {
  const { from, to } = doc.changeEventsRange;
  const days = `${from ? `after ${formatDay(from)} ` : ""}up to ${formatDay(to)}`;
  const total = changeEventsTotal(doc).toLocaleString("en");
  const notice = changeEventsNotice(doc);
  return notice ? `${total} ${days}. ${notice}` : `${total} ${days}, each on the Changes sheet`;
}

const dateCell = (day: string) => new Date(`${day}T00:00:00.000Z`);
const fraction = (value: number | null) => (value === null ? null : value / 100);
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const INITIATIVE_COLUMNS: Column<ReportInitiative>[] = [
  { header: "Initiative", kind: "text", value: (i) => i.title },
  { header: "Kind", kind: "text", value: (i) => KIND_LABELS[i.kind] },
  { header: "Lifecycle", kind: "text", value: (i) => LIFECYCLE_LABELS[i.lifecycleStatus] },
  { header: "Health", kind: "text", value: (i) => HEALTH_LABELS[i.health] },
  { header: "Schedule", kind: "text", value: (i) => SCHEDULE_LABELS[i.schedule] },
  { header: "Reported progress", kind: "percent", value: (i) => rounded(i.progress) },
  { header: "Evidenced progress", kind: "percent", value: (i) => rounded(i.evidencedProgress) },
  {
    header: "Expected by the as-of date",
    kind: "percent",
    value: (i) => rounded(i.expectedProgress),
  },
  {
    header: "Gap (points)",
    kind: "points",
    value: (i) => (i.gap === null ? null : Math.round(i.gap)),
  },
  {
    header: "Due by the window's end",
    kind: "percent",
    value: (i) => rounded(i.expectedAtTargetEnd),
  },
  { header: "Milestones", kind: "integer", value: (i) => i.milestones.length },
  { header: "Done", kind: "integer", value: (i) => i.counts.done },
  { header: "Overdue", kind: "integer", value: (i) => i.counts.overdue },
  { header: "Due within 30 days", kind: "integer", value: (i) => i.counts.due },
  { header: "Verdict", kind: "wrap", value: (i) => i.verdict },
  { header: "Health and schedule disagree", kind: "wrap", value: (i) => i.healthDisagreement },
  { header: "Window", kind: "wrap", value: (i) => i.window },
  { header: "Latest update date", kind: "day", value: (i) => i.latestUpdate?.date ?? null },
  { header: "Latest update", kind: "wrap", value: (i) => i.latestUpdate?.body ?? null },
  { header: "Forecast", kind: "text", value: (i) => i.forecastText },
  { header: "Sources", kind: "text", value: (i) => refsText(i.sourceRefs) },
  { header: "Slug", kind: "text", value: (i) => i.slug },
  { header: "Initiative id", kind: "text", value: (i) => i.id },
];

const MILESTONE_COLUMNS: Column<MilestoneRow>[] = [
  { header: "Initiative", kind: "text", value: (m) => m.initiative.title },
  { header: "Milestone", kind: "wrap", value: (m) => m.title },
  { header: "Workstream", kind: "text", value: (m) => m.workstream },
  { header: "Side", kind: "text", value: (m) => SIDE_LABELS[m.side] },
  { header: "Status", kind: "text", value: (m) => MILESTONE_STATUS_LABELS[m.status] },
  { header: "Percent complete", kind: "percent", value: (m) => m.percent },
  { header: "Weight", kind: "integer", value: (m) => m.weight },
  { header: "Baseline date", kind: "day", value: (m) => m.baselineDate },
  { header: "Planned date", kind: "day", value: (m) => m.plannedDate },
  { header: "Actual date", kind: "day", value: (m) => m.actualDate },
  { header: "Slippage (days)", kind: "integer", value: (m) => m.slippageDays },
  { header: "Overdue (days)", kind: "integer", value: (m) => m.overdueDays },
  { header: "Date source", kind: "text", value: (m) => PROVENANCE_WORDS[m.provenance] },
  { header: "Sources", kind: "text", value: (m) => refsText(m.sourceRefs) },
  { header: "Milestone id", kind: "text", value: (m) => m.id },
  { header: "Version", kind: "integer", value: (m) => m.version },
  { header: "Initiative slug", kind: "text", value: (m) => m.initiative.slug },
];

const CHANGE_COLUMNS: Column<ReportChangeEvent>[] = [
  { header: "Effective date", kind: "day", value: (e) => e.effectiveDate },
  { header: "Recorded at (UTC)", kind: "moment", value: (e) => e.recordedAt },
  { header: "Author", kind: "text", value: (e) => e.author },
  { header: "Initiative", kind: "text", value: (e) => e.initiative },
  { header: "Milestone", kind: "wrap", value: (e) => e.milestone },
  { header: "Field", kind: "text", value: (e) => fieldLabel(e.field) },
  { header: "Old value", kind: "text", value: (e) => formatFieldValue(e.field, e.oldValue) },
  { header: "New value", kind: "text", value: (e) => formatFieldValue(e.field, e.newValue) },
  { header: "Reason", kind: "wrap", value: (e) => e.reason },
  { header: "Evidence link", kind: "link", value: (e) => e.evidenceUrl },
  { header: "Milestone id", kind: "text", value: (e) => e.milestoneId },
];

const SOURCE_COLUMNS: Column<ReportSource>[] = [
  { header: "Endnote", kind: "integer", value: (s) => s.n },
  { header: "Title", kind: "wrap", value: (s) => s.title },
  { header: "Publisher", kind: "text", value: (s) => s.publisher },
  { header: "Published on", kind: "day", value: (s) => s.publishedOn },
  { header: "Link", kind: "link", value: (s) => s.url },
];
