import "server-only";
import { formatDay } from "../../../domain/dates";
import { groupBy } from "../../../domain/group-by";
import type { ReportDocument } from "../../../domain/report/document";
import { changeEventsNotice, changeEventsTotal } from "../../../domain/report/wording";
import { COLORS, type PdfWriter } from "./pdf-writer";

export const CHANGES_HEADING = "Changes since the previous published report";

/** What changed since the previous published report of the same scope, by initiative. */
export function drawChanges(w: PdfWriter, doc: ReportDocument): void {
  w.doc.outline.addItem("Changes");
  w.heading(CHANGES_HEADING, 15, 20);
  const previous = doc.previousReport;
  if (!previous) {
    w.text(
      "No earlier published report: this is the first for this scope, so there is nothing to compare with.",
      { size: 10, after: 6 },
    );
  } else {
    w.text(
      `Compared with the report published ${formatDay(previous.publishedAt.slice(0, 10))} (as of ${formatDay(previous.asOf)}, report ${previous.id}).`,
      { size: 10, color: COLORS.muted, after: 6 },
    );
    if (doc.changes.length === 0) w.text("Nothing changed.", { size: 10, after: 6 });
    for (const [initiative, changes] of groupBy(doc.changes, (c) => c.initiative)) {
      w.room(40);
      w.text(initiative, { size: 10, bold: true, after: 2 });
      w.bullets(
        changes.map((c) => (c.milestone ? `${c.milestone}: ${c.text}` : c.text)),
        { size: 9, after: 6 },
      );
    }
  }
  const n = changeEventsTotal(doc);
  const notice = changeEventsNotice(doc);
  w.text(
    `${n.toLocaleString("en")} recorded change${n === 1 ? "" : "s"} ${doc.changeEventsRange.from ? `after ${formatDay(doc.changeEventsRange.from)} ` : ""}up to ${formatDay(doc.changeEventsRange.to)}: the workbook's Changes sheet lists ${notice ? "the newest, each" : "each"} with its author and reason.`,
    { size: 8.5, color: COLORS.muted, after: notice ? 3 : 16 },
  );
  if (notice) w.text(notice, { size: 8.5, bold: true, color: COLORS.text, after: 16 });
}

/** The sources as numbered endnotes, each with its link. */
export function drawSources(w: PdfWriter, doc: ReportDocument): void {
  w.doc.outline.addItem("Sources");
  w.heading("Sources", 15, 30);
  if (doc.sources.length === 0) {
    w.text("No source is cited.", { size: 10 });
    return;
  }
  for (const s of doc.sources) {
    w.room(30);
    const y = w.y;
    w.style(8.5, true, COLORS.muted);
    w.doc.text(`${s.n}.`, w.left, y, { width: 20, align: "right", lineBreak: false });
    w.y = y;
    w.text(`${s.title}. ${s.publisher}${s.publishedOn ? `, ${formatDay(s.publishedOn)}` : ""}.`, {
      size: 8.5,
      indent: 26,
      after: 0,
    });
    w.text(s.url, { size: 8, indent: 26, color: COLORS.link, link: s.url, after: 4 });
  }
}
