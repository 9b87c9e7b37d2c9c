import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { addDaysIso, dayToDate } from "@/lib/domain/dates";
import type { ReportDocument } from "@/lib/domain/report/document";
import {
  loadReportDocument,
  type LoadReportOptions,
} from "@/lib/server/reports/load-report-document";
import { renderReport } from "@/lib/server/reports/render";
import { MAX_REPORT_CHANGE_EVENTS } from "@/lib/server/reports/report-change-events";
import { databaseForFile } from "./support/fixtures";

const { db } = databaseForFile({ seed: true });

const AS_OF = "2026-06-30";

function load(over: Partial<LoadReportOptions> = {}): Promise<ReportDocument> {
  return loadReportDocument(db.prisma, {
    asOf: AS_OF,
    basis: "effective",
    filters: {},
    author: "Demo Analyst",
    status: "draft",
    previous: null,
    ...over,
  });
}

/** Change events whose effective date falls after `from` (if given) up to `to`, counted in SQL. */
function countEffective(to: string, from?: string): Promise<number> {
  return db.prisma.changeEvent.count({
    where: { effectiveDate: { lte: dayToDate(to), ...(from ? { gt: dayToDate(from) } : {}) } },
  });
}

const key = (e: ReportDocument["changeEvents"][number]) => `${e.effectiveDate} ${e.recordedAt}`;

async function pdfText(doc: ReportDocument): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await renderReport(doc, "pdf")));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

async function workbook(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderReport(doc, "xlsx")) as unknown as ArrayBuffer);
  return book;
}

const NOTICE = /The newest [\d,]+ of [\d,]+ changes in this period are listed;/;

describe("the changes a report lists", () => {
  it("are every change of the period when they fit, with no notice", async () => {
    const doc = await load();
    const inPeriod = await countEffective(AS_OF);
    expect(inPeriod).toBeGreaterThan(20);
    expect(inPeriod).toBeLessThan(await db.prisma.changeEvent.count());
    expect(doc.changeEvents).toHaveLength(inPeriod);
    expect(doc.changeEventsTotal).toBe(inPeriod);
    expect(await pdfText(doc)).not.toMatch(NOTICE);
    const book = await workbook(doc);
    const changes = book.getWorksheet("Changes")!;
    expect(changes.getRow(1).getCell(1).value).toBe("Effective date");
    expect(changes.rowCount - 1).toBe(inPeriod);
  });

  it("over the limit: the newest N, and the PDF and the workbook say N of how many", async () => {
    const complete = await load();
    const doc = await load({ changeEventLimit: 10 });
    const total = complete.changeEvents.length;
    expect(doc.changeEvents).toHaveLength(10);
    expect(doc.changeEventsTotal).toBe(total);
    // The newest by effective date (then recorded time), oldest first as in the complete list.
    expect(doc.changeEvents.map(key)).toEqual(complete.changeEvents.slice(-10).map(key));

    const notice = `The newest 10 of ${total} changes in this period are listed; the ${total - 10} older ones are left out of this report (the Audit log lists and exports every change).`;
    const text = await pdfText(doc);
    expect(text).toContain(`${total} recorded changes up to 30 Jun 2026`);
    expect(text).toContain(notice);

    const book = await workbook(doc);
    const changes = book.getWorksheet("Changes")!;
    expect(changes.getRow(1).getCell(1).value).toBe(notice);
    expect(changes.getRow(2).getCell(1).value).toBe("Effective date");
    expect(changes.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(changes.rowCount - 2).toBe(10);
    expect(changes.getRow(3).getCell(1).value).toBeInstanceOf(Date);
    const summary = book.getWorksheet("Summary")!;
    const row = summary
      .getRows(1, summary.rowCount)!
      .find((r) => r.getCell(1).value === "Changes recorded in the period")!;
    expect(row.getCell(2).value).toBe(`${total} up to 30 Jun 2026. ${notice}`);
  });

  it("are counted in SQL for the initiatives and milestones the filters keep", async () => {
    for (const filters of [{ kind: "mou" as const }, { side: "korea" as const }]) {
      const complete = await load({ filters });
      const limited = await load({ filters, changeEventLimit: 3 });
      expect(complete.changeEvents.length).toBeGreaterThan(3);
      expect(complete.changeEventsTotal).toBe(complete.changeEvents.length);
      expect(limited.changeEventsTotal).toBe(complete.changeEvents.length);
      expect(limited.changeEvents.map(key)).toEqual(complete.changeEvents.slice(-3).map(key));
    }
    const one = await load({ initiativeSlug: "mou-quantum", changeEventLimit: 2 });
    const initiative = await db.prisma.initiative.findUniqueOrThrow({
      where: { slug: "mou-quantum" },
    });
    expect(one.changeEventsTotal).toBe(
      await db.prisma.changeEvent.count({
        where: { initiativeId: initiative.id, effectiveDate: { lte: dayToDate(AS_OF) } },
      }),
    );
    expect(one.changeEvents).toHaveLength(2);
  });

  it("cover the days after the previous published report's, by either basis", async () => {
    const earlier = await load({ asOf: "2026-05-31" });
    const previous: ReportDocument = {
      ...earlier,
      status: "published",
      id: "c0000000000000000000000001",
      publishedAt: "2026-06-01T09:00:00.000Z",
    };
    const since = await load({ previous, changeEventLimit: 5 });
    expect(since.changeEventsRange).toEqual({ from: "2026-05-31", to: AS_OF });
    expect(since.changeEventsTotal).toBe(await countEffective(AS_OF, "2026-05-31"));
    expect(since.changeEvents.every((e) => e.effectiveDate > "2026-05-31")).toBe(true);

    const recorded = await load({ basis: "recorded" });
    const recordedInPeriod = await db.prisma.changeEvent.count({
      where: { recordedAt: { lt: new Date(`${addDaysIso(AS_OF, 1)}T00:00:00.000Z`) } },
    });
    expect(recorded.changeEvents).toHaveLength(recordedInPeriod);
    expect(recorded.changeEventsTotal).toBe(recordedInPeriod);
  });

  // Runs last: change events cannot be deleted, and these would crowd the other tests' periods.
  it(
    "are not crowded out by more than the limit of later changes in the database",
    { timeout: 120_000 },
    async () => {
      const inPeriod = await countEffective(AS_OF);
      const initiative = await db.prisma.initiative.findFirstOrThrow({ orderBy: { slug: "asc" } });
      const latest = await db.prisma.changeEvent.findFirstOrThrow({
        orderBy: { recordedAt: "desc" },
      });
      const recordedAt = new Date(latest.recordedAt.getTime() + 60_000);
      const later = Array.from({ length: MAX_REPORT_CHANGE_EVENTS }, (_, n) => ({
        changeSetId: `later-${n}`,
        entityType: "initiative" as const,
        initiativeId: initiative.id,
        field: "health",
        oldValue: "on_track",
        newValue: "on_track",
        effectiveDate: dayToDate(addDaysIso("2026-07-01", n % 150)),
        recordedAt,
        authorLabel: "Load test",
        reason: "A later change",
      }));
      for (let start = 0; start < later.length; start += 5_000)
        await db.prisma.changeEvent.createMany({ data: later.slice(start, start + 5_000) });

      const doc = await load();
      expect(doc.changeEvents).toHaveLength(inPeriod);
      expect(doc.changeEventsTotal).toBe(inPeriod);
      expect(doc.changeEvents.every((e) => e.effectiveDate <= AS_OF)).toBe(true);
    },
  );
});
