// Milestone import files for the tests, written the way a spreadsheet exports them. Relative imports:
// Playwright loads this file as well as Vitest.
import Papa from "papaparse";
import { IMPORT_COLUMNS, type ImportColumn } from "../../lib/domain/csv-import";

/** One row of an import file, by column name; a column left out is an empty cell. */
export type ImportCells = Partial<Record<ImportColumn, string>>;

/** An import file: the header row with every column, then one line per row. */
export function importCsv(...rows: ImportCells[]): string {
  return Papa.unparse({
    fields: [...IMPORT_COLUMNS],
    data: rows.map((row) => IMPORT_COLUMNS.map((column) => row[column] ?? "")),
  });
}
