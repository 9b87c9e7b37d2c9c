/** What a CSV import wrote (or, in a preview, would write), all rows in one transaction. */
export type ImportResult = { created: number; updated: number; unchanged: number; events: number };

/** One value a row sets, named by its column in the file; `from` is null on a new milestone. */
export type ImportFieldChange = { field: string; from: string | null; to: string | null };

/** One row of the file that changes something. */
export type ImportPreviewRow = {
  line: number;
  kind: "create" | "update";
  initiativeSlug: string;
  milestoneId: string | null;
  title: string;
  changes: ImportFieldChange[];
};

/** What confirming the import would do; nothing has been written. Unchanged rows are only counted. */
export type ImportPreview = ImportResult & { rows: ImportPreviewRow[] };
