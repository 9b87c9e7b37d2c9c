import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import PDFDocument from "pdfkit";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { toIsoDay } from "@/lib/domain/dates";
import type { ReportDocument } from "@/lib/domain/report/document";
import { AppError } from "@/lib/errors";
import { getPortfolioSnapshot } from "@/lib/server/dashboard";
import {
  loadReportDocument,
  type LoadReportOptions,
} from "@/lib/server/reports/load-report-document";
import { renderReport, reportFileName, REPORT_FORMATS } from "@/lib/server/reports/render";
import { CHANGES_HEADING } from "@/lib/server/reports/render/pdf-endmatter";
import { databaseForFile } from "./support/fixtures";
import { TODAY } from "./support/today";

const { db } = databaseForFile({ seed: true });

const HANGUL = "양자 기술 공동 워크숍";
const SHA256 = "0123456789abcdef".repeat(4);

function load(over: Partial<LoadReportOptions> = {}): Promise<ReportDocument> {
  return loadReportDocument(db.prisma, {
    asOf: "2026-06-30",
    basis: "effective",
    filters: {},
    author: "Demo Analyst",
    status: "draft",
    previous: null,
    ...over,
  });
}

/** Every page's text, whitespace collapsed, so a title wrapped over two lines still reads whole. */
async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), pages: totalPages };
}

/** The names of the files in a zip, from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(offset + 28);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString("utf8"));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return names;
}

describe("the report document from the seeded database", () => {
  it("holds the dashboard's figures as they stood on a past day", async () => {
    const doc = await load();
    const snapshot = await getPortfolioSnapshot(db.prisma, {
      asOf: "2026-06-30",
      basis: "effective",
    });
    expect(doc.verdict).toBe(snapshot.verdict);
    expect(doc.headline.reported).toBe(snapshot.progress);
    expect(doc.headline.evidenced).toBe(snapshot.evidencedProgress);
    expect(doc.initiatives.map((i) => [i.slug, i.gap, i.schedule])).toEqual(
      snapshot.initiatives.map((i) => [i.slug, i.gap, i.schedule]),
    );
    expect(doc.changeEvents.every((e) => e.effectiveDate <= "2026-06-30")).toBe(true);
    expect(doc.sources.map((s) => s.n)).toEqual(doc.sources.map((_, index) => index + 1));
    expect(doc.sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
  });

  it("follows the basis and the dashboard's filters", async () => {
    const doc = await load({ basis: "recorded", filters: { kind: "mou" } });
    expect(doc.verdict).toMatch(/^As known on 30 Jun 2026 /);
    expect(doc.initiatives.length).toBeGreaterThan(0);
    expect(doc.initiatives.every((i) => i.kind === "mou")).toBe(true);
    const { text } = await pdfText(await renderReport(doc, "pdf"));
    expect(text).toContain("Kind: MOU");
    expect(text).toContain("As known on 30 Jun 2026");
  });

  it("renders every format when the filters match no initiative", async () => {
    const doc = await load({ filters: { health: "off_track" } });
    expect(doc.initiatives).toEqual([]);
    const { text } = await pdfText(await renderReport(doc, "pdf"));
    expect(text).toContain("no initiative matches the filters");
    for (const format of ["xlsx", "csv", "json", "pptx"] as const)
      expect((await renderReport(doc, format)).length, format).toBeGreaterThan(0);
  });

  it("covers one initiative when given its slug, and refuses an unknown one with a 404", async () => {
    const one = await load({ initiativeSlug: "mou-quantum" });
    expect(one.initiatives.map((i) => i.slug)).toEqual(["mou-quantum"]);
    expect(reportFileName(one, "pdf")).toBe("corridor-status-mou-quantum-2026-06-30.pdf");
    expect(reportFileName(await load(), "xlsx")).toBe("corridor-status-2026-06-30.xlsx");
    const refused = await load({ initiativeSlug: "no-such-initiative" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(404);
  });

  it("has a glyph in the embedded font for every character it holds", async () => {
    const doc = await load({ asOf: TODAY });
    const pdf = new PDFDocument({ font: null as unknown as string });
    const fontFile = createRequire(import.meta.url).resolve(
      "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf",
    );
    pdf.font(readFileSync(fontFile));
    const font = (
      pdf as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } }
    )._font.font;
    const text = `${JSON.stringify(doc)}${HANGUL}•→−…–·`;
    const missing = [...new Set(text)].filter(
      (c) => c >= " " && !font.hasGlyphForCodePoint(c.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
  });
});

describe("renderReport", () => {
  it("PDF as of 30 Jun 2026: every initiative's title, the date, the changes section, numbered pages", async () => {
    const doc = await load();
    const bytes = await renderReport(doc, "pdf");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages } = await pdfText(bytes);
    const titles = await db.prisma.initiative.findMany({ select: { title: true } });
    expect(
      titles.map((t) => t.title).filter((t) => !text.includes(t.replace(/\s+/g, " "))),
    ).toEqual([]);
    expect(text).toContain("30 Jun 2026");
    expect(text).toContain(CHANGES_HEADING);
    expect(text).toContain("No earlier published report");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Draft (not published)");
    expect(text).toContain(doc.sources[0].url);
    expect(text).not.toContain("SHA-256");
  }, 60_000);

  it("PDF: the same document gives the same bytes; the fingerprint is printed; Hangul is text", async () => {
    const base = await load({
      status: "published",
      id: "c0000000000000000000000001",
      publishedAt: new Date("2026-11-28T09:30:00.000Z"),
    });
    const doc: ReportDocument = JSON.parse(JSON.stringify(base));
    doc.initiatives[0].title = `${doc.initiatives[0].title} (${HANGUL})`;
    const first = await renderReport(doc, "pdf", { sha256: SHA256 });
    const second = await renderReport(JSON.parse(JSON.stringify(doc)), "pdf", { sha256: SHA256 });
    expect(second.equals(first)).toBe(true);
    const { text } = await pdfText(first);
    expect(text).toContain(`SHA-256 ${SHA256}`);
    expect(text).toContain(HANGUL);
    expect(text).toContain("Published 28 Nov 2026");
  }, 60_000);

  it("workbook: one Milestones row per milestone in the database, with date cells; same bytes twice", async () => {
    const doc = await load({ asOf: TODAY });
    const bytes = await renderReport(doc, "xlsx");
    expect((await renderReport(doc, "xlsx")).equals(bytes)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Initiatives",
      "Milestones",
      "Changes",
      "Sources",
    ]);
    const sheet = book.getWorksheet("Milestones")!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const column = (name: string) => header.indexOf(name);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const stored = await db.prisma.milestone.findMany({
      select: {
        id: true,
        version: true,
        baselineDate: true,
        plannedDate: true,
        actualDate: true,
        percentComplete: true,
        status: true,
      },
    });
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    expect(rows.map((r) => r.getCell(column("Milestone id")).value).sort()).toEqual(
      stored.map((m) => m.id).sort(),
    );
    const byId = new Map(stored.map((m) => [m.id, m]));
    for (const row of rows) {
      const m = byId.get(row.getCell(column("Milestone id")).value as string)!;
      const baseline = row.getCell(column("Baseline date")).value;
      const planned = row.getCell(column("Planned date")).value;
      const actual = row.getCell(column("Actual date")).value;
      expect(baseline).toBeInstanceOf(Date);
      expect(planned).toBeInstanceOf(Date);
      expect(toIsoDay(baseline as Date)).toBe(toIsoDay(m.baselineDate));
      expect(toIsoDay(planned as Date)).toBe(toIsoDay(m.plannedDate));
      expect(actual === null ? null : toIsoDay(actual as Date)).toBe(
        m.actualDate ? toIsoDay(m.actualDate) : null,
      );
      expect(row.getCell(column("Version")).value).toBe(m.version);
      const percent = row.getCell(column("Percent complete")).value as number;
      expect(typeof percent).toBe("number");
      expect(percent).toBeCloseTo((m.status === "done" ? 100 : m.percentComplete) / 100);
      expect(typeof row.getCell(column("Slippage (days)")).value).toBe("number");
    }
    const changes = book.getWorksheet("Changes")!;
    expect(changes.rowCount - 1).toBe(doc.changeEvents.length);
    expect(changes.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(book.getWorksheet("Sources")!.rowCount - 1).toBe(doc.sources.length);
  }, 60_000);

  it("CSV: a BOM, Hangul intact, and no cell a spreadsheet would run as a formula", async () => {
    const milestone = await db.prisma.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
    const title = `=HYPERLINK("https://example.org") ${HANGUL}`;
    await db.prisma.milestone.update({ where: { id: milestone.id }, data: { title } });
    try {
      const doc = await load({ asOf: TODAY });
      const bytes = await renderReport(doc, "csv");
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(
        bytes.toString("utf8").replace(/^\uFEFF/, ""),
        {
          header: true,
          skipEmptyLines: true,
        },
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(await db.prisma.milestone.count());
      const row = parsed.data.find((r) => r.milestone_id === milestone.id)!;
      expect(row.milestone).toBe(`'${title}`);
      expect(row.milestone).toContain(HANGUL);
      const live = parsed.data
        .flatMap((r) => Object.values(r))
        .filter((cell) => /^[=+\-@\t\r]/.test(cell));
      expect(live).toEqual([]);
    } finally {
      await db.prisma.milestone.update({
        where: { id: milestone.id },
        data: { title: milestone.title },
      });
    }
  });

  it("JSON: the document itself", async () => {
    const doc = await load();
    const bytes = await renderReport(doc, "json");
    expect(JSON.parse(bytes.toString("utf8"))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(REPORT_FORMATS.json.contentType).toBe("application/json; charset=utf-8");
  });

  it("slides: a valid pptx with a title slide, the summary and one slide per initiative", async () => {
    const doc = await load();
    const bytes = await renderReport(doc, "pptx");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const entries = zipEntries(bytes);
    expect(entries).toContain("[Content_Types].xml");
    const slides = entries.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(2 + doc.initiatives.length);
  });
});
