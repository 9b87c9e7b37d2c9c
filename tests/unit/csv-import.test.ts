import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS } from "@/lib/constants";
import { IMPORT_COLUMNS, readImportCsv, writeImportCsv } from "@/lib/domain/csv-import";
import {
  ONLY_EXAMPLES_MESSAGE,
  parseMilestoneImport,
  problemsMessage,
  rowProblems,
  type ImportRow,
} from "@/lib/validation/import";

const TODAY = "2026-11-28";
const HEADER = IMPORT_COLUMNS.join(",");

/** A CSV line from named cells, in the header's column order. */
function line(cells: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>): string {
  return IMPORT_COLUMNS.map((column) => {
    const value = cells[column] ?? "";
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(",");
}

const createRow = (extra: Record<string, string> = {}) =>
  line({
    initiative_slug: "ksfta-upgrade",
    title: "Second negotiating round",
    side: "joint",
    baseline_date: "2026-12-15",
    provenance: "planned_estimate",
    reason: "Announced by MTI",
    ...extra,
  });
const updateRow = (extra: Record<string, string> = {}) =>
  line({
    initiative_slug: "ksfta-upgrade",
    milestone_id: "ms_ksfta-kr-public-hearing",
    version: "2",
    status: "in_progress",
    percent_complete: "40",
    reason: "Hearing held",
    ...extra,
  });

function parse(...rows: string[]) {
  const parsed = parseMilestoneImport([HEADER, ...rows].join("\n"), TODAY);
  if (!parsed.ok) throw new Error(`unexpected file error: ${parsed.message}`);
  return parsed.rows;
}
const errorsOf = (row: ImportRow) => row.errors.join(" | ");

describe("header row", () => {
  it("names missing columns", () => {
    const parsed = parseMilestoneImport("initiative_slug,title,reason\nksfta-upgrade,X,Y\n", TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toBe("The header row has problems; nothing was imported.");
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].line).toBe(1);
    expect(parsed.problems[0].errors[0]).toMatch(
      /^Missing columns: milestone_id, version, description, side,/,
    );
  });

  it("names unknown and repeated columns", () => {
    const parsed = parseMilestoneImport(`${HEADER},owner,title\n`, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const errors = parsed.problems[0].errors.join(" | ");
    expect(errors).toMatch(/Unknown column: owner\./);
    expect(errors).toMatch(/Column named more than once: title\./);
  });

  it("accepts any order, any case, surrounding spaces, a byte-order mark and trailing empty header cells", () => {
    const reversed = [...IMPORT_COLUMNS].reverse();
    const header = reversed.map((c) => ` ${c.toUpperCase()} `).join(",") + ",,";
    const row = reversed
      .map(
        (c) =>
          (
            ({
              initiative_slug: "ksfta-upgrade",
              title: "Reordered",
              side: "joint",
              baseline_date: "2026-12-01",
              provenance: "sourced",
              reason: "Because",
            }) as Record<string, string>
          )[c] ?? "",
      )
      .join(",");
    const parsed = parseMilestoneImport(`\uFEFF${header}\r\n${row}\r\n`, TODAY);
    expect(parsed.ok && parsed.rows[0].action?.kind).toBe("create");
  });

  it("reads semicolon-separated files", () => {
    const parsed = parseMilestoneImport(
      `${IMPORT_COLUMNS.join(";")}\n${createRow().replace(/,/g, ";")}\n`,
      TODAY,
    );
    expect(parsed.ok && parsed.rows[0].errors).toEqual([]);
  });

  it("refuses an empty file and a file without rows", () => {
    expect(parseMilestoneImport("  \n", TODAY)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
    expect(parseMilestoneImport(`${HEADER}\n\n`, TODAY)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no milestone rows/),
    });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => createRow());
    expect(parseMilestoneImport([HEADER, ...rows].join("\n"), TODAY)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/2,001 milestone rows; import at most 2,000/),
    });
    expect(parseMilestoneImport([HEADER, ...rows.slice(1)].join("\n"), TODAY).ok).toBe(true);
  });
});

describe("template example rows", () => {
  const example = (extra: Record<string, string> = {}) =>
    createRow({ initiative_slug: "example-ksfta-upgrade", ...extra });

  it("refuse a file of examples only, each by line, with a message naming the template", () => {
    const parsed = parseMilestoneImport(
      [HEADER, example(), updateRow({ initiative_slug: "example-ksfta-upgrade" })].join("\n"),
      TODAY,
    );
    expect(parsed).toEqual({
      ok: false,
      message: ONLY_EXAMPLES_MESSAGE,
      problems: [2, 3].map((line) => ({
        line,
        errors: [
          'initiative_slug: "example-ksfta-upgrade" marks an example row from the template; delete the row, or replace the slug with a real one such as "ksfta-upgrade".',
        ],
      })),
    });
  });

  it("refuse an example row left among real rows", () => {
    const rows = parse(createRow(), example());
    expect(rowProblems(rows).map((p) => p.line)).toEqual([3]);
    expect(rows[0].action?.kind).toBe("create");
  });
});

describe("formula guard", () => {
  it("writes a byte-order mark and neutralises cells a spreadsheet would run, and reads them back", () => {
    const text = writeImportCsv([
      { initiative_slug: "ksfta-upgrade", title: "=HYPERLINK(1)", description: "-5, +3 @x" },
    ]);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain(`'=HYPERLINK(1)`);
    expect(text).toContain(`"'-5, +3 @x"`);
    const read = readImportCsv(text);
    expect(read.ok && read.records[0].cells).toEqual({
      initiative_slug: "ksfta-upgrade",
      title: "=HYPERLINK(1)",
      description: "-5, +3 @x",
    });
  });
});

describe("line numbers", () => {
  it("count like a spreadsheet: header is line 1, blank lines count, a quoted line break stays in its row", () => {
    const rows = parse(
      createRow({ description: "First line\nsecond line" }), // line 2
      "", // line 3
      createRow({ side: "mars" }), // line 4
    );
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rowProblems(rows)).toEqual([
      { line: 4, errors: ["side must be one of: korea, singapore, joint."] },
    ]);
  });

  it("flags a row with more cells than the header and an unclosed quote", () => {
    const tooWide = readImportCsv(`${HEADER}\n${createRow()},extra\n`);
    expect(tooWide.ok && tooWide.records[0].problems[0]).toMatch(
      /19 cells but the header has 18 columns/,
    );
    const [row] = parse(createRow({ title: "x" }).replace(",x,", ',"unclosed,'));
    expect(row.line).toBe(2);
    expect(errorsOf(row)).toMatch(/quoted cell is not closed/);
  });

  it("summarises the count of rows with problems", () => {
    expect(problemsMessage(1)).toBe("1 row has problems; nothing was imported.");
    expect(problemsMessage(3)).toBe("3 rows have problems; nothing was imported.");
  });
});

describe("new milestone rows", () => {
  it("treat empty cells as not given: defaults apply and no progress change is planned", () => {
    const [row] = parse(createRow());
    expect(row.errors).toEqual([]);
    expect(row.action).toEqual({
      kind: "create",
      followUp: null,
      milestone: expect.objectContaining({
        title: "Second negotiating round",
        description: "",
        weight: 1,
        plannedDate: undefined,
        workstream: undefined,
        effectiveDate: undefined,
      }),
    });
  });

  it("name every missing required cell", () => {
    const [row] = parse(line({ initiative_slug: "ksfta-upgrade" }));
    expect(row.errors).toEqual([
      "title: required for a new milestone.",
      "side: required for a new milestone.",
      "baseline_date: required for a new milestone.",
      "provenance: required for a new milestone.",
      "reason: required: say why (at least 3 characters).",
    ]);
  });

  it("refuse bad dates and a future effective date", () => {
    const [row] = parse(
      createRow({
        baseline_date: "2026-02-30",
        planned_date: "15/12/2026",
        effective_date: "2026-11-29",
      }),
    );
    expect(row.errors).toEqual([
      "baseline_date: Use a real calendar date written YYYY-MM-DD.",
      "planned_date: Use a real calendar date written YYYY-MM-DD.",
      "effective_date: The effective date cannot be in the future (today is 2026-11-28).",
    ]);
    expect(row.action).toBeNull();
  });

  it("parse numbers strictly", () => {
    for (const bad of ["2.5", "50%", "1e2", "two"]) {
      expect(parse(createRow({ weight: bad }))[0].errors).toEqual([
        `weight: "${bad}" is not a whole number.`,
      ]);
    }
    expect(parse(createRow({ weight: "101" }))[0].errors).toEqual(["weight is at most 100."]);
    expect(parse(createRow({ weight: " 3 " }))[0].action).toMatchObject({
      milestone: { weight: 3 },
    });
  });

  it("refuse an unknown status and a version", () => {
    const [row] = parse(createRow({ status: "finished", version: "1" }));
    expect(row.errors).toEqual([
      "version: leave it empty for a new milestone (milestone_id is empty).",
      "status must be one of: not_started, in_progress, done, blocked, cancelled.",
    ]);
  });

  it("plan progress as a second change, in the same row", () => {
    const progress = { status: "In_Progress", percent_complete: "30", confidence: "HIGH" };
    const [row] = parse(createRow({ ...progress, evidence_url: "https://example.org/a" }));
    expect(row.action).toMatchObject({
      kind: "create",
      followUp: {
        version: 1,
        status: "in_progress",
        percentComplete: 30,
        reason: "Announced by MTI",
        evidenceUrl: "https://example.org/a",
        confidence: "high",
      },
    });
    expect(
      parse(createRow({ status: "not_started", percent_complete: "0" }))[0].action,
    ).toMatchObject({ followUp: null });
  });

  it("need an actual date and evidence to be created done", () => {
    expect(parse(createRow({ status: "done" }))[0].errors).toEqual([
      "actual_date: Marking a milestone done needs its actual date.",
      "evidence_url: Marking a milestone done needs an evidence link.",
    ]);
    expect(
      parse(
        createRow({
          status: "done",
          actual_date: "2026-11-01",
          evidence_url: "https://example.org/e",
        }),
      )[0].errors,
    ).toEqual([]);
  });
});

describe("update rows", () => {
  it("apply only the given columns", () => {
    const [row] = parse(updateRow());
    expect(row).toMatchObject({
      line: 2,
      slug: "ksfta-upgrade",
      milestoneId: "ms_ksfta-kr-public-hearing",
      version: 2,
      errors: [],
    });
    expect(row.action).toEqual({
      kind: "update",
      milestoneId: "ms_ksfta-kr-public-hearing",
      patch: { version: 2, status: "in_progress", percentComplete: 40, reason: "Hearing held" },
    });
  });

  it("need a version and something to change", () => {
    expect(parse(updateRow({ version: "" }))[0].errors).toEqual([
      "version: required when milestone_id is set: the version your change is based on.",
    ]);
    expect(parse(updateRow({ version: "v2" }))[0].errors).toEqual([
      'version: "v2" is not a whole number.',
    ]);
    expect(parse(updateRow({ status: "", percent_complete: "" }))[0].errors).toEqual([
      "Change at least one of: status, percent_complete, planned_date, actual_date, side.",
    ]);
  });

  it("keep columns that only a new milestone takes, for the database check to compare", () => {
    const [row] = parse(updateRow({ title: "Renamed", baseline_date: "2026-01-01" }));
    expect(row.errors).toEqual([]);
    expect(row.reference).toEqual({ title: "Renamed", baseline_date: "2026-01-01" });
  });

  it("defer a missing reason until the database shows the row changes something", () => {
    const [row] = parse(updateRow({ reason: "" }));
    expect(row.errors).toEqual([]);
    expect(row.ifChanged).toEqual(["reason: required: say why (at least 3 characters)."]);
    const [bad] = parse(updateRow({ reason: "", status: "finished" }));
    expect(bad.errors).toEqual([
      "status must be one of: not_started, in_progress, done, blocked, cancelled.",
      "reason: required: say why (at least 3 characters).",
    ]);
  });

  it("refuse a future actual date and an out-of-range percent (done's evidence is checked against the milestone)", () => {
    expect(
      parse(updateRow({ status: "done", percent_complete: "", actual_date: "2026-11-20" }))[0]
        .errors,
    ).toEqual([]);
    expect(
      parse(updateRow({ actual_date: "2026-12-01", percent_complete: "140" }))[0].errors,
    ).toEqual([
      "percent_complete is a number from 0 to 100.",
      "actual_date: The actual date cannot be in the future.",
    ]);
  });

  it("refuse a second row for the same milestone", () => {
    const rows = parse(updateRow(), createRow(), updateRow({ percent_complete: "60" }));
    expect(rowProblems(rows)).toEqual([
      {
        line: 4,
        errors: [
          "milestone_id: this milestone is already changed on line 2; put all its changes on one row.",
        ],
      },
    ]);
    expect(rows[2].action).toBeNull();
  });
});
