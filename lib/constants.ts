// Limits and dates that the browser and the server both apply or show: each is written once, here.

/** A CSV import takes one file of at most this many bytes… */
export const MAX_IMPORT_BYTES = 1_000_000;
/** …holding at most this many milestone rows. */
export const MAX_IMPORT_ROWS = 2_000;
export const IMPORT_LIMITS_TEXT = `at most ${MAX_IMPORT_BYTES / 1_000_000} MB and ${MAX_IMPORT_ROWS.toLocaleString("en")} rows`;
export const IMPORT_TOO_LARGE_MESSAGE = `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; split it into smaller files.`;

export const MIN_PASSWORD_LENGTH = 12;

/** Without a chosen "changes since" day, the dashboard lists the changes of this many days. */
export const DEFAULT_SINCE_DAYS = 7;

/** The earliest day the as-of views replay: nothing in the tracked agenda happened before 2026. */
export const EARLIEST_AS_OF = "2026-01-01";

/** The brief's "mid-2026" expectation, modelled as April to September 2026. */
export const MID_2026_WINDOW = {
  start: "2026-04-01",
  end: "2026-09-30",
  label: "mid-2026",
} as const;
