const COLUMNS: [string, string][] = [
  [
    "initiative_slug",
    "Required. The initiative, as in its address, e.g. ksfta-upgrade. A slug starting “example-” marks the template's example rows, which are refused.",
  ],
  ["milestone_id", "Empty to create a milestone; a milestone's id to update it."],
  [
    "version",
    "Updates only, required: the version your change is based on. A row based on an older version is refused.",
  ],
  [
    "title, description, workstream, baseline_date, weight, provenance",
    "Set by new milestones. Title, baseline date and provenance (sourced or planned_estimate) are required; the workstream must be one of the initiative's; weight 1–100, default 1. On an update row they may only repeat the milestone's values, as the export writes them.",
  ],
  ["side", "korea, singapore or joint; required for a new milestone."],
  [
    "planned_date, actual_date",
    "YYYY-MM-DD. A new milestone is planned on its baseline unless given; the actual date cannot be in the future.",
  ],
  [
    "status, percent_complete",
    "not_started, in_progress, done, blocked or cancelled; 0–100. Progress on a new milestone is recorded as a second change right after it is created. Done needs an actual date and an evidence link.",
  ],
  [
    "reason",
    "Required: why, at least 3 characters. Recorded with every change. An update row that changes nothing is skipped and needs none.",
  ],
  ["effective_date", "YYYY-MM-DD, not in the future; default today."],
  ["evidence_url, confidence", "An http(s) link; low, medium or high."],
];

/** The import columns in plain words; the template route documents the same. */
export function ColumnGuide() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-semibold">Columns</summary>
      <p className="mt-2 text-slate-600">
        Every column must be in the header row, in any order. An empty cell means “not given”. An
        update row changes only status, percent complete, planned and actual date, and side. A cell
        starting with <code>&apos;</code> followed by =, +, - or @ is read without the{" "}
        <code>&apos;</code> (the export adds it so spreadsheets do not run formulas).
      </p>
      <dl className="mt-2 space-y-2">
        {COLUMNS.map(([name, meaning]) => (
          <div key={name}>
            <dt className="font-mono text-xs font-medium text-slate-900 [overflow-wrap:anywhere]">
              {name}
            </dt>
            <dd className="text-slate-700">{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
