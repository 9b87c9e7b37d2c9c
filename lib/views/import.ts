/** What a CSV import wrote, all rows in one transaction. */
export type ImportResult = { created: number; updated: number; events: number };
