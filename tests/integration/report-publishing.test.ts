import { createHash } from "node:crypto";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { GET as fileRoute } from "@/app/api/reports/[file]/route";
import { GET as archiveRoute, POST as publishRoute } from "@/app/api/reports/route";
import { GET as verifyRoute } from "@/app/api/reports/verify/route";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup/backup";
import { tableChecksum } from "@/lib/db/backup/tables";
import { addDaysIso, toIsoDay } from "@/lib/domain/dates";
import { canonicalJson } from "@/lib/domain/report/canonical";
import type { ReportDocument } from "@/lib/domain/report/document";
import type { PublishedReportView } from "@/lib/views/report";
import { apiRequest, jsonAnswer, noParams, routeParams } from "./support/api-fixtures";
import { tempDirForFile } from "./support/embedded";
import { databaseForFile } from "./support/fixtures";
import { untouchedMilestone } from "./support/milestones";
import { patchMilestone } from "./support/routes";
import { createTestDatabase } from "./support/test-database";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });
const backups = tempDirForFile("corridor-reports-");

const FORMATS = ["pdf", "xlsx", "csv", "json", "pptx"] as const;
const CONTENT_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/** `GET /api/reports/<file><query>` as `token` (an executive by default). */
function download(file: string, query = "", token: string = tokens.executive) {
  return fileRoute(apiRequest(`/api/reports/${file}${query}`, { token }), routeParams({ file }));
}

async function bytesOf(res: Response): Promise<Buffer> {
  expect(res.status, await errorOf(res)).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** The error message of a failed answer, to say why an assertion on its status failed. */
async function errorOf(res: Response): Promise<string> {
  return res.ok ? "" : JSON.stringify(await res.clone().json());
}

/** Every page's text, whitespace collapsed, so a title wrapped over two lines still reads whole. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const sha256Of = (document: ReportDocument) =>
  createHash("sha256").update(canonicalJson(document), "utf8").digest("hex");

function publish(body: unknown, token: string = tokens.analyst) {
  return jsonAnswer(
    publishRoute(apiRequest("/api/reports", { method: "POST", token, body }), noParams),
  );
}

const verify = (query: string) =>
  jsonAnswer(
    verifyRoute(apiRequest(`/api/reports/verify${query}`, { token: tokens.executive }), noParams),
  );

/** Each downloaded file of a report: its content read back (PDF text, workbook cells), and its bytes' SHA-256. */
async function contentOf(file: string) {
  const out = { bytes: {} } as Record<(typeof FORMATS)[number], unknown> & {
    bytes: Record<string, string>;
  };
  for (const format of FORMATS) {
    const bytes = await bytesOf(await download(`${file}.${format}`));
    out.bytes[format] = createHash("sha256").update(bytes).digest("hex");
    if (format === "pdf") out.pdf = await pdfText(bytes);
    else if (format === "xlsx") out.xlsx = await workbookValues(bytes);
    else if (format === "pptx") out.pptx = await slidesContent(bytes);
    else out[format] = bytes.toString("utf8");
  }
  return out;
}

/** Every sheet's cell values, row by row. */
async function workbookValues(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map(plainCell) : row)),
  }));
}

/**
 * The slides' text and the charts' values, in slide and chart order. pptxgenjs numbers charts per
 * process (chart1.xml, then chart2.xml on the next render) and stamps the time in docProps, so two
 * renders of one document differ in names and dates but not in what a reader sees.
 */
async function slidesContent(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const numbered = (folder: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^ppt/${folder}/\\w+?(\\d+)\\.xml$`).test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const read = async (names: string[], tag: RegExp) =>
    Promise.all(
      names.map(async (name) =>
        [...(await zip.file(name)!.async("string")).matchAll(tag)].map((m) => m[1]),
      ),
    );
  const slides = await read(numbered("slides"), /<a:t>([^<]*)<\/a:t>/g);
  expect(slides.length).toBeGreaterThan(1);
  return { slides, charts: await read(numbered("charts"), /<c:v>([^<]*)<\/c:v>/g) };
}

const plainCell = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

describe("draft reports", () => {
  it("GET status.pdf?asOf=2026-06-30 is a PDF holding every initiative's title and that date", async () => {
    const res = await download("status.pdf", "?asOf=2026-06-30");
    const bytes = await bytesOf(res);
    expect(res.headers.get("content-type")).toBe(CONTENT_TYPES.pdf);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="corridor-status-2026-06-30.pdf"',
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const text = await pdfText(bytes);
    const initiatives = await db.prisma.initiative.findMany({ select: { title: true } });
    expect(initiatives.length).toBeGreaterThan(0);
    const missing = initiatives
      .map((i) => i.title.replace(/\s+/g, " "))
      .filter((title) => !text.includes(title));
    expect(missing).toEqual([]);
    expect(text).toContain("30 Jun 2026");
    expect(text).toMatch(/draft/i);
  }, 60_000);

  it("the workbook's Milestones sheet has one row per milestone in the database, with date cells", async () => {
    const res = await download("status.xlsx");
    expect(res.headers.get("content-type")).toBe(CONTENT_TYPES.xlsx);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="corridor-status-${TODAY}.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytesOf(res)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Milestones");
    expect(sheet, "a Milestones sheet").toBeDefined();
    // ExcelJS's row values start at index 1: Array.from fills the hole at 0, which map would skip.
    const header = Array.from(sheet!.getRow(1).values as unknown[], (v) => String(v ?? ""));
    const idColumn = header.findIndex((h) => /^(milestone )?id$/i.test(h.trim()));
    const baselineColumn = header.findIndex((h) => /baseline/i.test(h));
    const plannedColumn = header.findIndex((h) => /planned/i.test(h));
    expect({ idColumn, baselineColumn, plannedColumn }).toEqual({
      idColumn: expect.any(Number),
      baselineColumn: expect.any(Number),
      plannedColumn: expect.any(Number),
    });
    expect(Math.min(idColumn, baselineColumn, plannedColumn)).toBeGreaterThan(0);

    const rows: { id: unknown; baseline: unknown; planned: unknown }[] = [];
    sheet!.eachRow((row, n) => {
      if (n > 1)
        rows.push({
          id: row.getCell(idColumn).value,
          baseline: row.getCell(baselineColumn).value,
          planned: row.getCell(plannedColumn).value,
        });
    });
    const milestones = await db.prisma.milestone.findMany({
      select: { id: true, baselineDate: true, plannedDate: true },
    });
    expect(rows.map((r) => r.id).sort()).toEqual(milestones.map((m) => m.id).sort());
    const byId = new Map(milestones.map((m) => [m.id, m]));
    for (const row of rows) {
      const stored = byId.get(row.id as string)!;
      expect(row.baseline).toBeInstanceOf(Date);
      expect(row.planned).toBeInstanceOf(Date);
      expect(toIsoDay(row.baseline as Date)).toBe(toIsoDay(stored.baselineDate));
      expect(toIsoDay(row.planned as Date)).toBe(toIsoDay(stored.plannedDate));
    }
  }, 60_000);

  it("one initiative alone, when asked with ?initiative=", async () => {
    const res = await download("status.json", "?initiative=mou-quantum&asOf=2026-06-30");
    expect(res.headers.get("content-type")).toBe(CONTENT_TYPES.json);
    const document = JSON.parse((await bytesOf(res)).toString("utf8")) as ReportDocument;
    expect(document.status).toBe("draft");
    expect(document.id).toBeNull();
    expect(document.asOf).toBe("2026-06-30");
    const quantum = await db.prisma.initiative.findUniqueOrThrow({
      where: { slug: "mou-quantum" },
    });
    expect(document.initiatives.map((i) => i.title)).toEqual([quantum.title]);
  });

  it.each([
    ["?asOf=2026-02-30", "asOf"],
    ["?asOf=30-06-2026", "asOf"],
    ["?asOf=2025-06-30", "asOf"],
    [`?asOf=${addDaysIso(TODAY, 1)}`, "asOf"],
    ["?basis=yesterday", "basis"],
    ["?kind=treaty", "kind"],
    ["?health=green", "health"],
    ["?side=both", "side"],
    ["?workstream=No%20such%20workstream", "workstream"],
    ["?initiative=Not_A_Slug", "initiative"],
    ["?since=2026-06-01", "_"],
  ])("refuses %s with a 400 that names the parameter", async (query, field) => {
    const res = await download("status.pdf", query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe("invalid");
    expect(body.error).toMatch(/^The report cannot be built: |^There is no workstream/);
    expect(Object.keys(body.fieldErrors)).toEqual([field]);
  });

  it("answers 404 for an unknown initiative, an unknown format or an unknown report", async () => {
    for (const [file, query] of [
      ["status.pdf", "?initiative=no-such-initiative"],
      ["status.docx", ""],
      ["status", ""],
      ["report.pdf", ""],
      [`c${"0".repeat(24)}.pdf`, ""],
    ]) {
      const res = await download(file, query);
      expect(res.status, `${file}${query}`).toBe(404);
      expect((await res.json()).error).toEqual(expect.any(String));
    }
  });
});

describe("published reports", () => {
  let first: PublishedReportView;
  let second: PublishedReportView;
  let before: Awaited<ReturnType<typeof contentOf>>;
  let done: { id: string; title: string };
  let slipped: { id: string; title: string };

  it("an executive may not publish, and nothing is stored", async () => {
    const refused = await publish({}, tokens.executive);
    expect(refused.status).toBe(403);
    expect(await db.prisma.report.count()).toBe(0);
  });

  it("an analyst publishes: 201 with the archive entry, the frozen document and its fingerprint stored", async () => {
    const answer = await publish({ asOf: TODAY });
    expect(answer.status).toBe(201);
    first = answer.body;
    expect(first).toMatchObject({
      asOf: TODAY,
      basis: "effective",
      filters: {},
      scope: null,
      scopeLabel: "Whole portfolio",
      publishedBy: "Demo Analyst",
      downloads: Object.fromEntries(FORMATS.map((f) => [f, `/api/reports/${first.id}.${f}`])),
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);

    const row = await db.prisma.report.findUniqueOrThrow({ where: { id: first.id } });
    const document = row.document as unknown as ReportDocument;
    expect(document).toMatchObject({
      status: "published",
      id: first.id,
      publishedAt: row.publishedAt.toISOString(),
      previousReport: null,
    });
    expect(sha256Of(document)).toBe(row.sha256);
    expect(row.sha256).toBe(first.sha256);
  }, 60_000);

  it("downloads in all five formats with their types, and the PDF carries the fingerprint", async () => {
    for (const format of FORMATS) {
      const res = await download(`${first.id}.${format}`);
      const bytes = await bytesOf(res);
      expect(bytes.length, format).toBeGreaterThan(0);
      expect(res.headers.get("content-type"), format).toBe(CONTENT_TYPES[format]);
      expect(res.headers.get("content-disposition"), format).toBe(
        `attachment; filename="corridor-status-${TODAY}.${format}"`,
      );
      expect(res.headers.get("cache-control"), format).toBe("private, max-age=31536000, immutable");
    }
    before = await contentOf(first.id);
    expect(before.pdf).toContain(first.sha256);
    const json = JSON.parse(before.json as string) as ReportDocument;
    expect(json.id).toBe(first.id);
    expect(sha256Of(json)).toBe(first.sha256);
  }, 120_000);

  it("stays the same in every format after an analyst changes milestones", async () => {
    const m1 = await untouchedMilestone(db.prisma);
    const marked = await patchMilestone(tokens.analyst, m1.id, {
      version: m1.version,
      status: "done",
      actualDate: TODAY,
      evidenceUrl: "https://example.org/report-test-signed",
      reason: "Signed: the report test marks it done",
    });
    expect(marked.status, await errorOf(marked)).toBe(200);
    done = m1;

    const m2 = await untouchedMilestone(db.prisma, { skip: 1 });
    const moved = await patchMilestone(tokens.analyst, m2.id, {
      version: m2.version,
      plannedDate: addDaysIso(toIsoDay(m2.plannedDate), 30),
      reason: "Moved a month later: the report test slips it",
    });
    expect(moved.status, await errorOf(moved)).toBe(200);
    slipped = m2;

    const after = await contentOf(first.id);
    expect(after.json).toBe(before.json);
    expect(after.csv).toBe(before.csv);
    expect(after.pdf).toBe(before.pdf);
    expect(after.xlsx).toEqual(before.xlsx);
    expect(after.pptx).toEqual(before.pptx);
    // Beyond the content: these renderers are deterministic, so the files are byte for byte the same.
    const notSlides = ({ pptx: _, ...rest }: Record<string, string>) => rest;
    expect(notSlides(after.bytes)).toEqual(notSlides(before.bytes));
  }, 120_000);

  it("the next published report lists those changes since the first", async () => {
    const answer = await publish({ asOf: TODAY });
    expect(answer.status).toBe(201);
    second = answer.body as PublishedReportView;
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).not.toBe(first.sha256);

    const json = (await bytesOf(await download(`${second.id}.json`))).toString("utf8");
    const document = JSON.parse(json) as ReportDocument;
    expect(document.previousReport).toEqual({
      id: first.id,
      publishedAt: first.publishedAt,
      asOf: TODAY,
    });
    const changesOf = (title: string) =>
      document.changes.filter((c) => c.milestone === title).map((c) => c.kind);
    expect(changesOf(done.title)).toContain("done");
    expect(changesOf(slipped.title)).toContain("slipped");
    expect(
      document.changes.find((c) => c.milestone === slipped.title && c.kind === "slipped")?.days,
    ).toBe(30);

    const text = await pdfText(await bytesOf(await download(`${second.id}.pdf`)));
    expect(text).toContain(done.title.replace(/\s+/g, " "));
    expect(text).toContain(second.sha256);
  }, 120_000);

  it("the archive lists both, newest first", async () => {
    const { status, body } = await jsonAnswer(
      archiveRoute(apiRequest("/api/reports", { token: tokens.executive }), noParams),
    );
    expect(status).toBe(200);
    const reports = (body as { reports: PublishedReportView[] }).reports;
    expect(reports).toEqual([second, first]);
    expect(reports.map((r) => r.publishedBy)).toEqual(["Demo Analyst", "Demo Analyst"]);
  });

  it("a fingerprint finds its report; an unknown one answers 404 with match false", async () => {
    const found = await verify(`?sha256=${first.sha256.toUpperCase()}`);
    expect(found).toEqual({ status: 200, body: { match: true, report: first } });

    const none = await verify(`?sha256=${"0".repeat(64)}`);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ match: false, code: "not_found" });

    for (const query of ["", "?sha256=abc", `?sha256=${"g".repeat(64)}`, "?sha=1"]) {
      const bad = await verify(query);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error, query).toEqual(expect.any(String));
    }
  });

  it("a draft counts its changes from the latest published report", async () => {
    const json = (await bytesOf(await download("status.json"))).toString("utf8");
    const document = JSON.parse(json) as ReportDocument;
    expect(document.status).toBe("draft");
    expect(document.previousReport?.id).toBe(second.id);
  });

  it("a published report cannot be changed or removed in the database", async () => {
    await expect(
      db.prisma.report.update({ where: { id: first.id }, data: { publishedByLabel: "Someone" } }),
    ).rejects.toThrow(/frozen/);
    await expect(db.prisma.report.delete({ where: { id: first.id } })).rejects.toThrow(/frozen/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE report`)).rejects.toThrow(/frozen/);
    expect(await db.prisma.report.count()).toBe(2);
  });

  it("a backup restores the published reports exactly, fingerprints included", async () => {
    const file = path.join(backups, "reports.json.gz");
    await backupDatabase(db.prisma, file);
    const restored = await createTestDatabase();
    try {
      await restoreDatabase(restored.prisma, file);
      expect(await tableChecksum(restored.prisma, "report")).toBe(
        await tableChecksum(db.prisma, "report"),
      );
      const rows = await restored.prisma.report.findMany({ orderBy: { publishedAt: "asc" } });
      expect(rows.map((r) => r.id)).toEqual([first.id, second.id]);
      for (const row of rows)
        expect(sha256Of(row.document as unknown as ReportDocument)).toBe(row.sha256);
    } finally {
      await restored.close();
    }
  }, 120_000);
});
