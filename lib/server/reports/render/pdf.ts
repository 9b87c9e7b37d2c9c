import "server-only";
import { formatDay } from "../../../domain/dates";
import { describeAssumedShare } from "../../../domain/evidence";
import { HEALTH_LABELS } from "../../../domain/labels";
import { formatGap, formatPercent } from "../../../domain/progress";
import type { ReportDocument } from "../../../domain/report/document";
import { asOfText, filtersText, publicationText } from "../../../domain/report/wording";
import { HEALTHS } from "../../../domain/types";
import { SCHEDULE_LABELS, SCHEDULE_STATUSES } from "../../../domain/verdict";
import { drawProgressChart } from "./pdf-chart";
import { drawChanges, drawSources } from "./pdf-endmatter";
import { drawInitiative } from "./pdf-initiative";
import { COLORS, HEALTH_COLORS, PdfWriter } from "./pdf-writer";

/**
 * The A4 brief: cover, a one-page summary, a section per initiative, the changes since the previous
 * published report and the sources as numbered endnotes. Text stays text (selectable), the charts
 * are vector drawings, and every page is numbered; `sha256` goes in every footer.
 */
export async function renderPdf(
  doc: ReportDocument,
  opts: { sha256?: string } = {},
): Promise<Buffer> {
  const w = new PdfWriter({
    title: `${doc.title}, ${formatDay(doc.asOf)}`,
    author: doc.author,
    subject: doc.verdict,
    date: new Date(doc.publishedAt ?? doc.generatedAt),
  });
  cover(w, doc, opts.sha256);
  w.newPage();
  summary(w, doc);
  for (const initiative of doc.initiatives) {
    w.newPage();
    drawInitiative(w, doc, initiative);
  }
  w.newPage();
  drawChanges(w, doc);
  drawSources(w, doc);
  w.footers(
    `Corridor · ${doc.scope.label} · ${asOfShort(doc)} · ${publicationText(doc)}`,
    opts.sha256,
  );
  return w.finish();
}

function asOfShort(doc: ReportDocument): string {
  return `${doc.basis === "recorded" ? "as known on" : "as of"} ${formatDay(doc.asOf)}`;
}

function cover(w: PdfWriter, doc: ReportDocument, sha256?: string) {
  const { doc: pdf } = w;
  pdf.rect(0, 0, pdf.page.width, 10).fill(COLORS.evidenced);
  w.y = 150;
  w.text("CORRIDOR · KOREA–SINGAPORE AGENDA", {
    size: 9,
    bold: true,
    color: COLORS.muted,
    after: 10,
  });
  w.text(doc.title, { size: 26, bold: true, after: 14 });
  w.text(asOfText(doc), { size: 13, after: 4 });
  w.text(
    doc.scope.label === "Whole portfolio"
      ? "The whole portfolio"
      : `One initiative: ${doc.scope.label}`,
    {
      size: 11,
      color: COLORS.muted,
      after: 2,
    },
  );
  w.text(filtersText(doc.filters), { size: 11, color: COLORS.muted, after: 24 });

  const published = doc.status === "published";
  const y = w.y;
  pdf
    .roundedRect(w.left, y, 230, 30, 4)
    .lineWidth(1.2)
    .strokeColor(published ? COLORS.published : COLORS.draft)
    .stroke();
  w.style(12, true, published ? COLORS.published : COLORS.draft);
  pdf.text(publicationText(doc), w.left + 12, y + 8, { width: 206, lineBreak: false });
  w.y = y + 44;
  pdf.x = w.left;

  w.labelled("Prepared by", doc.author, { size: 11, after: 3 });
  w.labelled(
    published ? "Published" : "Generated",
    `${formatDay((doc.publishedAt ?? doc.generatedAt).slice(0, 10))}, ${(doc.publishedAt ?? doc.generatedAt).slice(11, 16)} UTC`,
    { size: 11, after: 3 },
  );
  if (doc.id) w.labelled("Report", doc.id, { size: 11, after: 3 });
  if (sha256) {
    w.labelled("SHA-256", sha256, { size: 9, after: 2 });
    w.text(
      "The fingerprint of this report's frozen data: the Reports archive checks a copy against it.",
      { size: 8.5, color: COLORS.muted },
    );
  }

  w.y = w.bottom - 90;
  w.rule();
  w.text(
    "Tracks the upgrade of the 2006 Korea–Singapore Free Trade Agreement, the MOUs signed around the 2 March 2026 summit and the Temasek/Seviora–KDB investment agreements, against the brief's mid-2026 expectation. Figures are as they stood on the as-of date; planned dates are estimates unless a source gives them. Sources are numbered endnotes.",
    { size: 8.5, color: COLORS.muted },
  );
}

function summary(w: PdfWriter, doc: ReportDocument) {
  const h = doc.headline;
  w.heading("Summary", 18, 0);
  w.text(doc.verdict, { size: 12.5, after: 12 });

  tiles(w, [
    ["Reported progress", formatPercent(h.reported)],
    ["Evidenced progress", formatPercent(h.evidenced)],
    [`Expected by ${formatDay(doc.asOf)}`, formatPercent(h.expected)],
    ["Gap", formatGap(h.gap)],
  ]);
  w.text(doc.gapDefinition, { size: 8, color: COLORS.muted, after: 8 });
  w.text(`${h.window.statement}.`, { size: 9.5, after: 2 });
  if (h.window.note) w.text(h.window.note, { size: 8.5, color: COLORS.muted, after: 10 });

  const rows = [
    {
      label: doc.scope.slug ? doc.scope.label : "All initiatives",
      reported: h.reported,
      evidenced: h.evidenced,
      expected: h.expected,
      bold: true,
    },
    ...(doc.scope.slug
      ? []
      : doc.initiatives.map((i) => ({
          label: i.title,
          reported: i.progress,
          evidenced: i.evidencedProgress,
          expected: i.expectedProgress,
        }))),
  ];
  drawProgressChart(w, rows, {
    title: "Progress against expectation",
    asOf: doc.asOf,
    reserve: 170,
  });

  w.text("Reported against evidenced progress", { size: 11, bold: true, after: 3 });
  w.text(
    `${formatPercent(h.reported)} reported, ${formatPercent(h.evidenced)} evidenced by a source or an evidence link. ${describeAssumedShare({ progress: h.reported, evidencedProgress: h.evidenced, assumedPoints: h.assumedPoints })}`,
    { size: 9.5, after: 8 },
  );

  counts(
    w,
    "Health (the analysts' rating)",
    HEALTHS.map((k) => [HEALTH_LABELS[k], h.healthCounts[k], HEALTH_COLORS[k]]),
  );
  counts(
    w,
    "Schedule (computed from milestone dates)",
    SCHEDULE_STATUSES.filter((k) => k !== "no_scope" || h.scheduleCounts[k] > 0).map((k) => [
      SCHEDULE_LABELS[k],
      h.scheduleCounts[k],
      SCHEDULE_COLORS[k],
    ]),
  );
  const c = h.counts;
  w.text(
    `Milestones in scope: ${c.total} · done ${c.done} · in progress ${c.inProgress} · due within 30 days ${c.due} · ${h.overdueSummary}${h.staleCount ? ` · ${h.staleCount} of ${h.initiativeCount} initiatives without a status update in the last 30 days` : ""}.`,
    { size: 9, color: COLORS.muted },
  );
}

const SCHEDULE_COLORS = {
  ahead: "#1d4ed8",
  on_schedule: "#15803d",
  slipping: "#b45309",
  behind: "#b91c1c",
  no_scope: "#64748b",
} as const;

function tiles(w: PdfWriter, items: [string, string][]) {
  const { doc } = w;
  const gap = 10;
  const width = (w.width - gap * (items.length - 1)) / items.length;
  w.room(62);
  const y = w.y;
  items.forEach(([label, value], index) => {
    const x = w.left + index * (width + gap);
    doc.roundedRect(x, y, width, 54, 4).fill("#f1f5f9");
    w.style(8, false, COLORS.muted);
    doc.text(label, x + 9, y + 8, { width: width - 18, lineBreak: false });
    w.style(20, true, COLORS.text);
    doc.text(value, x + 9, y + 21, { width: width - 18, lineBreak: false });
  });
  w.y = y + 62;
  doc.x = w.left;
}

function counts(w: PdfWriter, title: string, items: [string, number, string][]) {
  const { doc } = w;
  w.room(36);
  w.text(title, { size: 9.5, bold: true, after: 3 });
  let y = w.y;
  let x = w.left;
  for (const [label, n, color] of items) {
    w.style(9.5, false, COLORS.text);
    const text = `${label} ${n}`;
    const width = 12 + doc.widthOfString(text);
    // An item that would run past the right margin starts a new line (a new page if need be).
    if (x > w.left && x + width > w.left + w.width) {
      w.y = y + 16;
      w.room(20);
      y = w.y;
      x = w.left;
    }
    doc.circle(x + 4, y + 6, 4).fill(color);
    w.style(9.5, false, COLORS.text);
    doc.text(text, x + 12, y, { lineBreak: false });
    x += width + 16;
  }
  w.y = y + 20;
  doc.x = w.left;
}
