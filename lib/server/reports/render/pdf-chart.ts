import "server-only";
import { formatDay } from "../../../domain/dates";
import { formatPercent } from "../../../domain/progress";
import { COLORS, type PdfWriter } from "./pdf-writer";

export type ProgressRow = {
  label: string;
  reported: number | null;
  evidenced: number | null;
  expected: number | null;
  bold?: boolean;
};

const LABEL_WIDTH = 190;
const VALUE_WIDTH = 64;
const TITLE_SIZE = 11;
const TITLE_AFTER = 6;
/** The legend line above the bars. */
const LEGEND_HEIGHT = 18;
/** The axis labels below the bars (7 pt, 3 pt below them) and the space after the chart. */
const AXIS_HEIGHT = 16;
/** The least height a chart on one page is offered, however little of the page is left. */
const MIN_CHART_HEIGHT = 120;
/** A chart on one page keeps this much of the height its rows share free, as it always has. */
const SLACK = 12;
const MIN_ROW_HEIGHT = 12;
const MAX_ROW_HEIGHT = 24;
/** A chart too long for its page runs on over pages at this row height. */
const PAGED_ROW_HEIGHT = 14;
/** No page of a chart that runs over pages holds fewer rows than this (no orphan, no widow). */
const MIN_ROWS_ON_A_PAGE = 3;

/**
 * Progress against expectation as vector bars under `title`: per row a 0–100% track, reported
 * progress (light), the evidenced part of it (dark), and a tick where progress was expected by the
 * as-of day. The rows share the height left on the page but `reserve` points (kept for what
 * follows). When they do not fit (a portfolio of hundreds of initiatives), the chart runs on over
 * as many pages as it needs, like a table: each page repeats the title ("continued"), the legend
 * and the axis, no row is split, and no page holds fewer than a few rows.
 */
export function drawProgressChart(
  w: PdfWriter,
  rows: ProgressRow[],
  opts: { title: string; asOf: string; reserve: number },
): void {
  const title = titleHeight(w, opts.title);
  const room = w.bottom - w.y - title - LEGEND_HEIGHT - AXIS_HEIGHT;
  const offered = Math.max(MIN_CHART_HEIGHT, w.bottom - w.y - title - opts.reserve);
  const shared = offered - LEGEND_HEIGHT - AXIS_HEIGHT;
  const rowHeight = Math.min(MAX_ROW_HEIGHT, (shared - SLACK) / Math.max(rows.length, 1));
  if (rowHeight >= MIN_ROW_HEIGHT && rows.length * rowHeight <= room) {
    drawPart(w, rows, { title: opts.title, asOf: opts.asOf, rowHeight });
    return;
  }

  const continued = `${opts.title} (continued)`;
  const fits = (top: number) =>
    Math.floor(
      (w.bottom - top - titleHeight(w, continued) - LEGEND_HEIGHT - AXIS_HEIGHT) / PAGED_ROW_HEIGHT,
    );
  const sizes = pageSizes(rows.length, fits(w.y), fits(w.doc.page.margins.top));
  let start = 0;
  sizes.forEach((count, page) => {
    if (page > 0) w.newPage();
    if (count === 0) return;
    drawPart(w, rows.slice(start, start + count), {
      title: start === 0 ? opts.title : continued,
      asOf: opts.asOf,
      rowHeight: PAGED_ROW_HEIGHT,
    });
    start += count;
  });
}

/**
 * How many rows each page of a chart that runs over pages holds, given how many fit on this page
 * and on a new one. The first is 0 when the chart had better start on the next page (too few rows
 * would fit on this one); a last page of too few rows takes some from the page before it.
 */
export function pageSizes(rows: number, here: number, full: number): number[] {
  const least = Math.min(MIN_ROWS_ON_A_PAGE, rows);
  const plan = (first: number) => {
    const sizes = [Math.min(first, rows)];
    let placed = sizes[0];
    while (placed < rows) {
      const count = Math.min(full, rows - placed);
      sizes.push(count);
      placed += count;
    }
    const last = sizes.length - 1;
    if (last > 0 && sizes[last] < least) {
      const moved = least - sizes[last];
      sizes[last - 1] -= moved;
      sizes[last] += moved;
    }
    return sizes;
  };
  const startingHere = plan(Math.max(here, 0));
  return startingHere[0] >= least ? startingHere : [0, ...plan(full)];
}

function titleHeight(w: PdfWriter, title: string): number {
  return w.heightOf(title, TITLE_SIZE, w.width, true) + TITLE_AFTER;
}

/** The chart's title, legend, the rows' bars (on `rowHeight` each) and the axis below them. */
function drawPart(
  w: PdfWriter,
  rows: ProgressRow[],
  opts: { title: string; asOf: string; rowHeight: number },
): void {
  const { doc } = w;
  const { rowHeight } = opts;
  w.text(opts.title, { size: TITLE_SIZE, bold: true, after: TITLE_AFTER });
  const size = rowHeight >= 20 ? 8.5 : 7.5;
  const x0 = w.left;
  const barX = x0 + LABEL_WIDTH;
  const barWidth = w.width - LABEL_WIDTH - VALUE_WIDTH;
  const barHeight = Math.min(10, rowHeight * 0.5);
  const top = w.y;
  const plotHeight = rows.length * rowHeight;

  legend(w, top, opts.asOf);
  const plotTop = top + LEGEND_HEIGHT;

  // Grid and axis.
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = barX + (barWidth * tick) / 100;
    doc
      .moveTo(x, plotTop)
      .lineTo(x, plotTop + plotHeight)
      .lineWidth(0.4)
      .strokeColor(tick === 0 ? COLORS.faint : COLORS.rule)
      .stroke();
    w.style(7, false, COLORS.muted);
    doc.text(`${tick}%`, x - 15, plotTop + plotHeight + 3, {
      width: 30,
      align: "center",
      lineBreak: false,
    });
  }

  rows.forEach((row, index) => {
    const y = plotTop + index * rowHeight;
    const barY = y + (rowHeight - barHeight) / 2;
    drawLabel(w, row, x0, y, rowHeight, size);
    doc.rect(barX, barY, barWidth, barHeight).fill(COLORS.track);
    if (row.reported !== null)
      doc.rect(barX, barY, (barWidth * clamp(row.reported)) / 100, barHeight).fill(COLORS.reported);
    if (row.evidenced !== null)
      doc
        .rect(barX, barY, (barWidth * clamp(row.evidenced)) / 100, barHeight)
        .fill(COLORS.evidenced);
    if (row.expected !== null) {
      const x = barX + (barWidth * clamp(row.expected)) / 100;
      doc
        .moveTo(x, barY - 3)
        .lineTo(x, barY + barHeight + 3)
        .lineWidth(2)
        .strokeColor(COLORS.expected)
        .stroke();
    }
    w.style(size, row.bold, COLORS.text);
    doc.text(
      `${formatPercent(row.reported)} / ${formatPercent(row.expected)}`,
      barX + barWidth + 6,
      y + (rowHeight - size * 1.45) / 2,
      { width: VALUE_WIDTH - 6, align: "right", lineBreak: false },
    );
  });
  w.y = plotTop + plotHeight + AXIS_HEIGHT;
  doc.x = w.left;
}

/** The row's label on one line, or on two when the row has room, cut with "…" beyond that. */
function drawLabel(
  w: PdfWriter,
  row: ProgressRow,
  x: number,
  y: number,
  height: number,
  size: number,
) {
  const width = LABEL_WIDTH - 10;
  const lineHeight = size * 1.3;
  const lines = height >= lineHeight * 2 ? wrapTwo(w, row.label, width, size, row.bold) : [];
  const shown = lines.length ? lines : [w.fit(row.label, width, size, row.bold)];
  w.style(size, row.bold, COLORS.text);
  const top = y + (height - shown.length * lineHeight) / 2 - size * 0.12;
  shown.forEach((line, i) =>
    w.doc.text(line, x, top + i * lineHeight, { width, lineBreak: false }),
  );
}

/** The label as at most two lines, the second cut with "…" when needed. */
function wrapTwo(
  w: PdfWriter,
  text: string,
  width: number,
  size: number,
  bold?: boolean,
): string[] {
  w.style(size, bold);
  if (w.doc.widthOfString(text) <= width) return [text];
  const words = text.split(" ");
  let first = "";
  for (const word of words) {
    const next = first ? `${first} ${word}` : word;
    if (w.doc.widthOfString(next) > width) break;
    first = next;
  }
  if (!first) return [];
  return [first, w.fit(text.slice(first.length).trim(), width, size, bold)];
}

function legend(w: PdfWriter, y: number, asOf: string) {
  const { doc } = w;
  let x = w.left;
  const item = (draw: (x: number) => void, text: string) => {
    draw(x);
    w.style(7.5, false, COLORS.muted);
    doc.text(text, x + 14, y, { lineBreak: false });
    x += 14 + doc.widthOfString(text) + 14;
  };
  item((at) => doc.rect(at, y + 2, 10, 7).fill(COLORS.evidenced), "Evidenced progress");
  item(
    (at) => doc.rect(at, y + 2, 10, 7).fill(COLORS.reported),
    "Reported, not evidenced (assumed)",
  );
  item(
    (at) =>
      doc
        .moveTo(at + 5, y)
        .lineTo(at + 5, y + 11)
        .lineWidth(2)
        .strokeColor(COLORS.expected)
        .stroke(),
    `Expected by ${formatDay(asOf)}`,
  );
  w.style(7.5, false, COLORS.muted);
  doc.text("reported / expected", w.left, y, { width: w.width, align: "right", lineBreak: false });
}

/** One initiative's bar, on its own line: reported, evidenced and expected. */
export function drawProgressBar(w: PdfWriter, row: Omit<ProgressRow, "label">): void {
  const { doc } = w;
  w.room(30);
  const y = w.y;
  const width = w.width;
  doc.rect(w.left, y, width, 9).fill(COLORS.track);
  if (row.reported !== null)
    doc.rect(w.left, y, (width * clamp(row.reported)) / 100, 9).fill(COLORS.reported);
  if (row.evidenced !== null)
    doc.rect(w.left, y, (width * clamp(row.evidenced)) / 100, 9).fill(COLORS.evidenced);
  if (row.expected !== null) {
    const x = w.left + (width * clamp(row.expected)) / 100;
    doc
      .moveTo(x, y - 3)
      .lineTo(x, y + 12)
      .lineWidth(2)
      .strokeColor(COLORS.expected)
      .stroke();
  }
  w.y = y + 16;
  doc.x = w.left;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}
