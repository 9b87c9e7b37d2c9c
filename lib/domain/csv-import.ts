import Papa from "papaparse";
import { MAX_IMPORT_ROWS } from "../constants";

/** The columns of a milestone import file, in the template's order. */
export const IMPORT_COLUMNS = [
  "initiative_slug",
  "milestone_id",
  "version",
  "title",
  "description",
  "side",
  "workstream",
  "baseline_date",
  "planned_date",
  "actual_date",
  "status",
  "percent_complete",
  "weight",
  "provenance",
  "reason",
  "effective_date",
  "evidence_url",
  "confidence",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** One row of an import file by column name; a column left out is an empty cell. */
export type ImportCells = Partial<Record<ImportColumn, string>>;

/** Template rows whose initiative_slug starts with this are examples: the import refuses them. */
export const EXAMPLE_SLUG_PREFIX = "example-";

// A cell starting with one of these runs as a formula in a spreadsheet; written files prefix it with '.
const FORMULA_START = /^[=+\-@]/;

/**
 * An import file as Corridor writes it (template, export): a byte-order mark so Excel reads UTF-8,
 * every column, RFC 4180 quoting, and no cell that a spreadsheet would run as a formula.
 */
export function writeImportCsv(rows: ImportCells[]): string {
  return writeSafeCsv(
    IMPORT_COLUMNS,
    rows.map((row) => IMPORT_COLUMNS.map((column) => row[column] ?? "")),
  );
}

/** Any table as Corridor writes CSV: byte-order mark, RFC 4180 quoting, no formula cells. */
export function writeSafeCsv(fields: readonly string[], rows: readonly string[][]): string {
  const data = rows.map((row) =>
    row.map((value) => (FORMULA_START.test(value) ? `'${value}` : value)),
  );
  return `\uFEFF${Papa.unparse({ fields: [...fields], data })}\r\n`;
}

/** Undoes writeImportCsv's formula guard, so an exported cell reads back as it was stored. */
function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** One data row: `line` is the row number a spreadsheet shows (the header is line 1); empty cells are absent. */
export type CsvRecord = {
  line: number;
  cells: ImportCells;
  problems: string[];
};
export type RowProblem = { line: number; errors: string[] };

export type CsvTable =
  { ok: true; records: CsvRecord[] } | { ok: false; message: string; problems: RowProblem[] };

/** Splits an import file into rows keyed by column, after checking the header row. */
export function readImportCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, "");
  if (!text.trim())
    return fail("The file is empty: it needs the header row and at least one milestone row.");
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
  });
  const [header = [], ...body] = parsed.data;

  const names = header.map((cell) => cell.trim().toLowerCase());
  while (names.length && !names[names.length - 1]) names.pop(); // spreadsheets may leave trailing empty header cells
  const headerErrors = checkHeader(names);
  if (headerErrors.length)
    return fail("The header row has problems; nothing was imported.", [
      { line: 1, errors: headerErrors },
    ]);
  const columns = names as ImportColumn[];

  const quoteErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === "Quotes" && error.row !== undefined) {
      quoteErrors.set(
        error.row,
        'A quoted cell is not closed properly: a double quote inside a cell must be doubled ("").',
      );
    }
  }

  const records: CsvRecord[] = [];
  body.forEach((cells, index) => {
    const row = index + 1;
    if (cells.every((cell) => !cell.trim())) return; // blank lines still count towards line numbers
    const problems: string[] = [];
    const quote = quoteErrors.get(row);
    if (quote) problems.push(quote);
    const extra = cells.slice(columns.length).filter((cell) => cell.trim()).length;
    if (extra)
      problems.push(
        `This row has ${cells.length} cells but the header has ${columns.length} columns; a cell containing a comma must be in double quotes.`,
      );
    const record: CsvRecord = { line: row + 1, cells: {}, problems };
    columns.forEach((column, i) => {
      const value = restoreCell(cells[i]?.trim() ?? "");
      if (value) record.cells[column] = value;
    });
    records.push(record);
  });

  if (records.length === 0) return fail("The file has a header row but no milestone rows.");
  if (records.length > MAX_IMPORT_ROWS) {
    return fail(
      `The file has ${records.length.toLocaleString("en")} milestone rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} at a time.`,
    );
  }
  return { ok: true, records };
}

function fail(message: string, problems: RowProblem[] = []): CsvTable {
  return { ok: false, message, problems };
}

// Spreadsheets in comma-decimal locales save CSV with semicolons; the header row tells which.
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
}

function checkHeader(names: string[]): string[] {
  const errors: string[] = [];
  const known = new Set<string>(IMPORT_COLUMNS);
  const blank = names.flatMap((name, i) => (name ? [] : [i + 1]));
  if (blank.length)
    errors.push(
      `Header cell${plural(blank)} ${blank.join(", ")} ${blank.length === 1 ? "is" : "are"} empty; every column needs its name.`,
    );
  const unknown = names.filter((name) => name && !known.has(name));
  if (unknown.length)
    errors.push(
      `Unknown column${plural(unknown)}: ${unknown.join(", ")}. The columns are: ${IMPORT_COLUMNS.join(", ")}.`,
    );
  const twice = [...new Set(names.filter((name, i) => name && names.indexOf(name) !== i))];
  if (twice.length)
    errors.push(`Column${plural(twice)} named more than once: ${twice.join(", ")}.`);
  const missing = IMPORT_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length)
    errors.push(
      `Missing column${plural(missing)}: ${missing.join(", ")}. Every column must be present (in any order); download the template for the full header row.`,
    );
  return errors;
}

function plural(list: readonly unknown[]): string {
  return list.length === 1 ? "" : "s";
}
