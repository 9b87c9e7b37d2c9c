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

/**
 * Progress against expectation as vector bars: per row a 0–100% track, reported progress (light),
 * the evidenced part of it (dark), and a tick where progress was expected by the as-of day.
 */
export function drawProgressChart(
  w: PdfWriter,
  rows: ProgressRow[],
  opts: { asOf: string; maxHeight: number },
): void {
  const { doc } = w;
  const rowHeight = Math.max(12, Math.min(24, (opts.maxHeight - 46) / Math.max(rows.length, 1)));
  const size = rowHeight >= 20 ? 8.5 : 7.5;
  const x0 = w.left;
  const barX = x0 + LABEL_WIDTH;
  const barWidth = w.width - LABEL_WIDTH - VALUE_WIDTH;
  const barHeight = Math.min(10, rowHeight * 0.5);
  const top = w.y;
  const plotHeight = rows.length * rowHeight;

  legend(w, top, opts.asOf);
  const plotTop = top + 18;

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
  w.y = plotTop + plotHeight + 16;
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
