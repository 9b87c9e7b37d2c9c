import "server-only";
import type ExcelJS from "exceljs";
import { dayToDate } from "../../../domain/dates";

export type CellKind =
  "text" | "wrap" | "day" | "moment" | "percent" | "integer" | "points" | "link";

/** A column of a table sheet: its header, how its cells are typed, and each row's value. */
export type Column<T> = {
  header: string;
  kind: CellKind;
  value: (row: T) => string | number | null;
};

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  day: "d mmm yyyy",
  moment: "d mmm yyyy hh:mm",
  percent: "0%",
  integer: "0",
  points: "+0;-0;0",
};
const MAX_WIDTH = { wrap: 60, text: 48, link: 60 } as const;

/**
 * A sheet holding one table: a bold header row frozen in place with a filter over every row,
 * typed cells (days and moments as real dates, percentages and counts as numbers) and column
 * widths fitted to the longest value. A `note` (what the table leaves out) goes above the header,
 * across the table, frozen with it.
 */
export function addTableSheet<T>(
  book: ExcelJS.Workbook,
  name: string,
  columns: Column<T>[],
  rows: T[],
  opts: { note?: string | null } = {},
): ExcelJS.Worksheet {
  const top = opts.note ? 2 : 1;
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: top }] });
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  // Formats go on the columns before any row, so that every cell added after takes them.
  columns.forEach((c, index) => {
    const column = sheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[c.kind];
    if (format) column.numFmt = format;
    if (c.kind === "wrap") column.alignment = { wrapText: true, vertical: "top" };
    column.width = fittedWidth(c, values, index);
  });

  if (opts.note) noteRow(sheet, opts.note, columns.length);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

  // One style object per column for its cells: the writer then registers each style once instead
  // of serialising a copy per cell. A column without a format gets no cell a row left empty.
  const styles = columns.map((_, index) => {
    const style = sheet.getColumn(index + 1).style;
    return { style: { ...style }, formatted: Boolean(style.numFmt || style.alignment) };
  });
  for (const row of values) {
    const added = sheet.addRow(row.map((value, index) => cellValue(columns[index], value)));
    styles.forEach(({ style, formatted }, index) => {
      const cell = formatted ? added.getCell(index + 1) : added.findCell(index + 1);
      if (cell) cell.style = style;
    });
  }

  sheet.autoFilter = {
    from: { row: top, column: 1 },
    to: { row: top + rows.length, column: columns.length },
  };
  return sheet;
}

function noteRow(sheet: ExcelJS.Worksheet, note: string, width: number) {
  const row = sheet.addRow([note]);
  row.height = 32;
  row.getCell(1).style = {
    font: { bold: true, color: { argb: "FF9A3412" } },
    alignment: { wrapText: true, vertical: "top", horizontal: "left" },
  };
  sheet.mergeCells(row.number, 1, row.number, Math.max(width, 1));
}

function cellValue<T>(column: Column<T>, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  switch (column.kind) {
    case "day":
      return dayToDate(String(value));
    case "moment":
      return new Date(String(value));
    case "percent":
      return Number(value) / 100;
    case "link":
      return { text: String(value), hyperlink: String(value) };
    default:
      return value;
  }
}

function fittedWidth<T>(
  column: Column<T>,
  values: (string | number | null)[][],
  index: number,
): number {
  if (column.kind === "day") return Math.max(12, column.header.length * 0.9 + 2);
  if (column.kind === "moment") return Math.max(17, column.header.length * 0.9 + 2);
  let longest = 0;
  for (const row of values) {
    const text = String(row[index] ?? "");
    const length = text.includes("\n")
      ? Math.max(...text.split("\n").map((line) => line.length))
      : text.length;
    if (length > longest) longest = length;
  }
  const cap = MAX_WIDTH[column.kind as keyof typeof MAX_WIDTH] ?? 16;
  // Headers wrap, so a long header needs only about half its length.
  return Math.min(cap, Math.max(longest + 2, Math.ceil(column.header.length / 2) + 2, 8));
}
