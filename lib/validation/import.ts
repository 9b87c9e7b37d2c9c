import type { ZodError } from "zod";
import {
  EXAMPLE_SLUG_PREFIX,
  readImportCsv,
  type CsvRecord,
  type ImportCells,
  type ImportColumn,
  type RowProblem,
} from "../domain/csv-import";
import type { IsoDay } from "../domain/types";
import {
  zMilestonePatch,
  zNewMilestone,
  type MilestonePatch,
  type NewMilestone,
} from "./milestone";

export type ImportAction =
  | { kind: "create"; milestone: NewMilestone; followUp: MilestonePatch | null }
  | { kind: "update"; milestoneId: string; patch: MilestonePatch };

/**
 * One checked row: `action` is set only when `errors` is empty; the references are kept for the
 * database checks. `reference` holds an update row's create-only cells (as exported), which must
 * match the milestone; `ifChanged` holds problems that count only if the row changes something.
 */
export type ImportRow = {
  line: number;
  slug?: string;
  milestoneId?: string;
  workstream?: string;
  version?: number;
  example: boolean;
  reference: ImportCells;
  ifChanged: string[];
  errors: string[];
  action: ImportAction | null;
};

export type ParsedImport =
  { ok: true; rows: ImportRow[] } | { ok: false; message: string; problems: RowProblem[] };

// An update row changes what PATCH changes; these cells may only repeat the milestone's values.
export const CREATE_ONLY: ImportColumn[] = [
  "title",
  "description",
  "workstream",
  "baseline_date",
  "weight",
  "provenance",
];
const CREATE_REQUIRED: ImportColumn[] = ["title", "side", "baseline_date", "provenance", "reason"];
// Lets an update row without a reason pass the schema; the reason is then demanded only if the row changes something.
const NO_REASON = "(no reason given)";

const COLUMN_OF: Record<string, ImportColumn> = {
  version: "version",
  title: "title",
  description: "description",
  side: "side",
  workstream: "workstream",
  baselineDate: "baseline_date",
  plannedDate: "planned_date",
  actualDate: "actual_date",
  status: "status",
  percentComplete: "percent_complete",
  weight: "weight",
  provenance: "provenance",
  reason: "reason",
  effectiveDate: "effective_date",
  evidenceUrl: "evidence_url",
  confidence: "confidence",
};

/** Parses and checks a whole import file without a database; every row's problems are collected, not just the first. */
export function parseMilestoneImport(text: string, today: IsoDay): ParsedImport {
  const table = readImportCsv(text);
  if (!table.ok) return table;
  const rows = table.records.map((record) => checkRow(record, today));
  flagRepeatedMilestones(rows);
  if (rows.every((row) => row.example))
    return { ok: false, message: ONLY_EXAMPLES_MESSAGE, problems: rowProblems(rows) };
  return { ok: true, rows };
}

export const ONLY_EXAMPLES_MESSAGE =
  "This is the unchanged template: its rows are examples, so nothing was imported. Replace them with your own rows.";

/** The file's column for a milestone field, e.g. percentComplete → percent_complete. */
export function importColumnOf(field: string): string {
  return COLUMN_OF[field] ?? field;
}

export function rowProblems(rows: ImportRow[]): RowProblem[] {
  return rows.filter((row) => row.errors.length).map(({ line, errors }) => ({ line, errors }));
}

export function problemsMessage(count: number): string {
  return `${count} ${count === 1 ? "row has" : "rows have"} problems; nothing was imported.`;
}

function checkRow(record: CsvRecord, today: IsoDay): ImportRow {
  const c = record.cells;
  const row: ImportRow = {
    line: record.line,
    slug: c.initiative_slug,
    milestoneId: c.milestone_id,
    workstream: c.workstream,
    example: false,
    reference: {},
    ifChanged: [],
    errors: [...record.problems],
    action: null,
  };
  if (c.initiative_slug?.startsWith(EXAMPLE_SLUG_PREFIX)) {
    const real = c.initiative_slug.slice(EXAMPLE_SLUG_PREFIX.length);
    return {
      ...row,
      slug: undefined,
      milestoneId: undefined,
      example: true,
      errors: [
        `initiative_slug: "${c.initiative_slug}" marks an example row from the template; delete the row, or replace the slug with a real one such as "${real}".`,
      ],
    };
  }
  if (row.errors.length) return row;
  const failed = new Set<ImportColumn>();
  const fail = (column: ImportColumn, message: string) => {
    failed.add(column);
    row.errors.push(`${column}: ${message}`);
  };

  if (!c.initiative_slug) fail("initiative_slug", "required.");
  const version = wholeNumber(c, "version", fail);
  const percentComplete = wholeNumber(c, "percent_complete", fail);
  const weight = wholeNumber(c, "weight", fail);
  row.version = version;
  const context = {
    reason: c.reason,
    effectiveDate: c.effective_date,
    evidenceUrl: c.evidence_url,
    confidence: lower(c.confidence),
  };
  const change = {
    status: lower(c.status),
    percentComplete,
    plannedDate: c.planned_date,
    actualDate: c.actual_date,
    side: lower(c.side),
  };

  if (c.milestone_id) {
    for (const column of CREATE_ONLY)
      if (c[column] !== undefined) row.reference[column] = c[column];
    if (!c.version && !failed.has("version"))
      fail("version", requiredMessage("version", "when milestone_id is set"));
    // An exported row left as it was is skipped, so it needs no reason.
    if (!c.reason) row.ifChanged.push(`reason: ${requiredMessage("reason", "")}`);
    const patch = zMilestonePatch(today).safeParse({
      version,
      ...change,
      ...context,
      reason: c.reason ?? NO_REASON,
    });
    if (!patch.success) addIssues(patch.error, failed, row.errors);
    if (row.errors.length) row.errors.push(...row.ifChanged);
    else if (patch.success)
      row.action = { kind: "update", milestoneId: c.milestone_id, patch: patch.data };
    return row;
  }

  if (c.version !== undefined && !failed.has("version"))
    fail("version", "leave it empty for a new milestone (milestone_id is empty).");
  for (const column of CREATE_REQUIRED)
    if (!c[column]) fail(column, requiredMessage(column, "for a new milestone"));
  const { status, actualDate } = change;
  const milestone = zNewMilestone(today).safeParse({
    title: c.title,
    description: c.description,
    side: change.side,
    workstream: c.workstream,
    baselineDate: c.baseline_date,
    plannedDate: c.planned_date,
    weight,
    provenance: lower(c.provenance),
    ...context,
  });
  if (!milestone.success) addIssues(milestone.error, failed, row.errors);
  // Progress given with a new milestone is a second, separate change, so the history shows creation and progress apart.
  const hasProgress =
    (status !== undefined && status !== "not_started") ||
    (percentComplete ?? 0) !== 0 ||
    actualDate !== undefined;
  let followUp: MilestonePatch | null = null;
  if (hasProgress) {
    const patch = zMilestonePatch(today).safeParse({
      version: 1,
      status,
      percentComplete,
      actualDate,
      ...context,
    });
    if (!patch.success) addIssues(patch.error, failed, row.errors);
    else {
      followUp = patch.data;
      if (followUp.status === "done" && !followUp.actualDate)
        fail("actual_date", "Marking a milestone done needs its actual date.");
      if (followUp.status === "done" && !followUp.evidenceUrl)
        fail("evidence_url", "Marking a milestone done needs an evidence link.");
    }
  }
  if (milestone.success && !row.errors.length)
    row.action = { kind: "create", milestone: milestone.data, followUp };
  return row;
}

/** Strict whole numbers: "12" yes; "12.0", "12%", "1e2" and "twelve" no. */
function wholeNumber(
  cells: CsvRecord["cells"],
  column: ImportColumn,
  fail: (column: ImportColumn, message: string) => void,
) {
  const value = cells[column];
  if (value === undefined) return undefined;
  if (/^[+-]?\d{1,9}$/.test(value)) return Number(value);
  fail(column, `"${value}" is not a whole number.`);
  return undefined;
}

function lower(value: string | undefined) {
  return value?.toLowerCase();
}

function requiredMessage(column: ImportColumn, when: string) {
  if (column === "version") return `required ${when}: the version your change is based on.`;
  if (column === "reason") return "required: say why (at least 3 characters).";
  return `required ${when}.`;
}

/** Zod messages name fields in camelCase; the file names columns, so messages are rewritten in its terms. */
function addIssues(error: ZodError, failed: Set<ImportColumn>, out: string[]) {
  for (const issue of error.issues) {
    const column = COLUMN_OF[String(issue.path[0])];
    if (column && failed.has(column)) continue;
    const message = issue.message.replace(/\b[a-z]+[A-Z]\w*\b/g, (name) => COLUMN_OF[name] ?? name);
    const line = !column || message.startsWith(column) ? message : `${column}: ${message}`;
    if (!out.includes(line)) out.push(line);
    if (column) failed.add(column);
  }
}

function flagRepeatedMilestones(rows: ImportRow[]) {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!row.milestoneId) continue;
    const first = firstLine.get(row.milestoneId);
    if (first === undefined) firstLine.set(row.milestoneId, row.line);
    else {
      row.errors.push(
        `milestone_id: this milestone is already changed on line ${first}; put all its changes on one row.`,
      );
      row.action = null;
    }
  }
}
