import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/import/milestones/route";
import { GET as exportRoute } from "@/app/api/import/milestones/export/route";
import { POST as previewRoute } from "@/app/api/import/milestones/preview/route";
import { GET as templateRoute } from "@/app/api/import/milestones/template/route";
import { IMPORT_COLUMNS } from "@/lib/domain/csv-import";
import { toIsoDay } from "@/lib/domain/dates";
import { ONLY_EXAMPLES_MESSAGE } from "@/lib/validation/import";
import type { ImportPreviewRow, ImportResult } from "@/lib/views/import";
import { importCsv, type ImportCells } from "../support/import-csv";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { milestoneSnapshot, untouchedMilestone } from "./support/milestones";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

const upload = (route: typeof importRoute, path: string, text: string) =>
  jsonAnswer(
    route(
      apiRequest(path, {
        method: "POST",
        token: tokens.analyst,
        rawBody: text,
        contentType: "text/csv",
      }),
      noParams,
    ),
  );
const preview = (text: string) => upload(previewRoute, "/api/import/milestones/preview", text);
const confirm = (text: string) => upload(importRoute, "/api/import/milestones", text);

async function download(path: string, token: string | null = tokens.analyst) {
  return (path.includes("template") ? templateRoute : exportRoute)(
    apiRequest(path, { token: token ?? undefined }),
    noParams,
  );
}

/** The export's rows by column, and its raw text. */
async function exportRows(initiative: string) {
  const res = await download(`/api/import/milestones/export?initiative=${initiative}`);
  expect(res.status).toBe(200);
  // Response.text() drops a byte-order mark, so the bytes are decoded as they came.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  const parsed = Papa.parse<ImportCells>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  return { text, rows: parsed.data, header: parsed.meta.fields };
}

/** A preview's answer: what confirming would record, and the rows that change something. */
const previewed = (counts: ImportResult, rows: ImportPreviewRow[]) => ({
  status: 200,
  body: { ...counts, rows },
});

/** Every table an import writes to. */
async function counts() {
  return {
    milestones: await db.prisma.milestone.count(),
    events: await db.prisma.changeEvent.count(),
  };
}

describe("the unchanged template", () => {
  it("imports nothing, and the answer says its rows are examples, line by line", async () => {
    const template = await (await download("/api/import/milestones/template")).text();
    const before = await counts();
    const example = {
      line: 2,
      errors: [
        'initiative_slug: "example-ksfta-upgrade" marks an example row from the template; delete the row, or replace the slug with a real one such as "ksfta-upgrade".',
      ],
    };
    const refusal = {
      status: 400,
      body: {
        error: ONLY_EXAMPLES_MESSAGE,
        code: "invalid",
        rows: [example, { ...example, line: 3 }],
      },
    };
    expect(await preview(template)).toEqual(refusal);
    expect(await confirm(template)).toEqual(refusal);
    expect(await counts()).toEqual(before);
  });
});

describe("preview, then confirm", () => {
  it("lists old → new per field without writing; confirming writes exactly those changes", async () => {
    const milestone = await untouchedMilestone(db.prisma, { slug: "mou-ai-cooperation" });
    const reason = "Preview test: talks began";
    const file = importCsv(
      {
        initiative_slug: "mou-ai-cooperation",
        milestone_id: milestone.id,
        version: String(milestone.version),
        status: "in_progress",
        percent_complete: "20",
        reason,
      },
      {
        initiative_slug: "mou-ai-cooperation",
        title: "Preview test: joint workshop",
        side: "joint",
        baseline_date: "2027-03-01",
        provenance: "planned_estimate",
        status: "in_progress",
        percent_complete: "10",
        reason,
      },
    );
    const before = await counts();
    const snapshot = await milestoneSnapshot(db.prisma, milestone.id);

    const shown = await preview(file);
    expect(shown).toEqual(
      previewed({ created: 1, updated: 1, unchanged: 0, events: 2 + 3 }, [
        {
          line: 2,
          kind: "update",
          initiativeSlug: "mou-ai-cooperation",
          milestoneId: milestone.id,
          title: milestone.title,
          changes: [
            { field: "status", from: "not_started", to: "in_progress" },
            { field: "percent_complete", from: "0", to: "20" },
          ],
        },
        {
          line: 3,
          kind: "create",
          initiativeSlug: "mou-ai-cooperation",
          milestoneId: null,
          title: "Preview test: joint workshop",
          changes: [
            { field: "title", from: null, to: "Preview test: joint workshop" },
            { field: "side", from: null, to: "joint" },
            { field: "baseline_date", from: null, to: "2027-03-01" },
            { field: "planned_date", from: null, to: "2027-03-01" },
            { field: "weight", from: null, to: "1" },
            { field: "provenance", from: null, to: "planned_estimate" },
            { field: "status", from: "not_started", to: "in_progress" },
            { field: "percent_complete", from: "0", to: "10" },
          ],
        },
      ]),
    );
    expect(await counts()).toEqual(before);
    expect(await milestoneSnapshot(db.prisma, milestone.id)).toEqual(snapshot);

    const { created, updated, unchanged, events } = shown.body;
    expect(await confirm(file)).toEqual({
      status: 201,
      body: { created, updated, unchanged, events },
    });
    expect(await counts()).toEqual({
      milestones: before.milestones + 1,
      events: before.events + events,
    });
    const written = await db.prisma.changeEvent.findMany({
      where: { milestoneId: milestone.id, reason },
      orderBy: { field: "asc" },
    });
    expect(written.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ["percentComplete", "0", "20"],
      ["status", "not_started", "in_progress"],
    ]);
    await expectStoredRowsToEqualReplay(db.prisma, TODAY);
  });

  it("keeps refusing a row whose milestone changed between preview and confirm", async () => {
    const milestone = await untouchedMilestone(db.prisma, { slug: "mou-digital-innovation" });
    const row = {
      initiative_slug: "mou-digital-innovation",
      milestone_id: milestone.id,
      version: String(milestone.version),
      reason: "Preview test: someone else",
    };
    const mine = importCsv({ ...row, status: "blocked" });
    expect((await preview(mine)).status).toBe(200);
    expect((await confirm(importCsv({ ...row, status: "in_progress" }))).status).toBe(201);
    const before = await milestoneSnapshot(db.prisma, milestone.id);
    const refused = await confirm(mine);
    expect(refused.status).toBe(400);
    expect(refused.body.rows).toEqual([
      {
        line: 2,
        errors: [
          `version: this row is based on version ${milestone.version}, but the milestone is now at version ${milestone.version + 1}: someone changed it since. Check its history, then use version ${milestone.version + 1}.`,
        ],
      },
    ]);
    expect(await milestoneSnapshot(db.prisma, milestone.id)).toEqual(before);
  });
});

describe("GET /api/import/milestones/export", () => {
  it("round-trips: unchanged it changes nothing; one edited cell with a reason is the one change", async () => {
    const initiative = "mou-quantum";
    const { text, rows, header } = await exportRows(initiative);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(header).toEqual([...IMPORT_COLUMNS]);
    const stored = await db.prisma.milestone.findMany({
      where: { initiative: { slug: initiative } },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.milestone_id, r.version, r.reason])).toEqual(
      stored.map((m) => [m.id, String(m.version), ""]),
    );

    const before = await counts();
    const asExported = importCsv(...rows);
    expect(await preview(asExported)).toEqual(
      previewed({ created: 0, updated: 0, unchanged: rows.length, events: 0 }, []),
    );
    expect(await confirm(asExported)).toEqual({
      status: 400,
      body: {
        error: `Every row matches the milestone as it is (${rows.length} unchanged); nothing was imported.`,
        code: "invalid",
      },
    });

    const target = await untouchedMilestone(db.prisma, { slug: initiative });
    const index = rows.findIndex((r) => r.milestone_id === target.id);
    const edited = rows.map((r, i) =>
      i === index ? { ...r, planned_date: "2027-06-30", reason: "Round-trip test: replanned" } : r,
    );
    const file = importCsv(...edited);
    const shown = await preview(file);
    expect(shown).toEqual(
      previewed({ created: 0, updated: 1, unchanged: rows.length - 1, events: 1 }, [
        {
          line: index + 2,
          kind: "update",
          initiativeSlug: initiative,
          milestoneId: target.id,
          title: target.title,
          changes: [
            { field: "planned_date", from: toIsoDay(target.plannedDate), to: "2027-06-30" },
          ],
        },
      ]),
    );
    expect(await counts()).toEqual(before);

    expect(await confirm(file)).toEqual({
      status: 201,
      body: { created: 0, updated: 1, unchanged: rows.length - 1, events: 1 },
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
    expect(await db.prisma.milestone.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject(
      { version: target.version + 1, plannedDate: new Date("2027-06-30T00:00:00Z") },
    );
  });

  it("refuses an exported row whose create-only cell was edited, naming the milestone's value", async () => {
    const { rows } = await exportRows("mou-space-satellite");
    const [first] = rows;
    const res = await preview(
      importCsv({ ...first, title: "Renamed in the spreadsheet", reason: "Rename" }),
    );
    expect(res).toEqual({
      status: 400,
      body: {
        error: "1 row has problems; nothing was imported.",
        code: "invalid",
        rows: [
          {
            line: 2,
            errors: [
              `title: an update row cannot change it; the milestone's is "${first.title}". Leave the cell as exported, or empty.`,
            ],
          },
        ],
      },
    });
  });

  it("neutralises a title that a spreadsheet would run as a formula, and reads it back unchanged", async () => {
    const title = '=HYPERLINK("https://example.org","x")';
    expect(
      (
        await confirm(
          importCsv({
            initiative_slug: "temasek-seviora-kdb",
            title,
            side: "joint",
            baseline_date: "2027-01-15",
            provenance: "planned_estimate",
            reason: "Formula test",
          }),
        )
      ).status,
    ).toBe(201);
    const { text, rows } = await exportRows("temasek-seviora-kdb");
    expect(text).toContain(`"'=HYPERLINK(""https://example.org"",""x"")"`);
    expect(rows.filter((r) => r.title?.includes("HYPERLINK")).map((r) => r.title)).toEqual([
      `'${title}`,
    ]);
    expect((await preview(importCsv(...rows))).body).toMatchObject({
      updated: 0,
      unchanged: rows.length,
    });
  });

  it("exports every milestone without a filter (which reads back unchanged), 404s an unknown initiative, and is for importers only", async () => {
    const { rows } = await exportRows("");
    expect(rows).toHaveLength(await db.prisma.milestone.count());
    // Every seeded state (done with its actual date, cancelled, workstreams, descriptions) reads back as it is.
    expect((await preview(importCsv(...rows))).body).toMatchObject({
      updated: 0,
      unchanged: rows.length,
    });
    expect((await download("/api/import/milestones/export?initiative=nope")).status).toBe(404);
    expect((await download("/api/import/milestones/export", tokens.executive)).status).toBe(403);
    expect((await download("/api/import/milestones/export", null)).status).toBe(401);
  });
});
