import PDFDocument from "pdfkit";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it, vi } from "vitest";
import type { ReplayEvent } from "@/lib/domain/replay";
import { buildReportDocument, type ReportInput } from "@/lib/domain/report/document";
import { pageSizes } from "@/lib/server/reports/render/pdf-chart";
import { renderPdf } from "@/lib/server/reports/render/pdf";
import { milestoneState } from "../support/milestone-state";
import { snapshotInitiative } from "../support/snapshot-initiative";

const INITIATIVES = 120;
const title = (n: number) => `Agreement ${String(n).padStart(3, "0")} on trade`;
const PAGE = { width: 595.28, height: 841.89 };
const MARGINS = { top: 56, left: 56, right: 56, bottom: 72 };
const CHART = "Progress against expectation";

/** `count` initiatives launched at the summit, each with two milestones (some done). */
function portfolio(count: number): ReportInput {
  const at = (day: string) => new Date(`${day}T09:00:00Z`);
  const ids = Array.from({ length: count }, (_, n) => n + 1);
  const events: ReplayEvent[] = ids.flatMap((n) => {
    const id = `i${n}`;
    const base = { initiativeId: id, effectiveDate: "2026-03-02", recordedAt: at("2026-03-02") };
    return [
      {
        ...base,
        entityType: "initiative",
        entityId: id,
        field: "created",
        newValue: JSON.stringify({ lifecycleStatus: "negotiating", health: "on_track" }),
      },
      ...[1, 2].map((k): ReplayEvent => ({
        ...base,
        entityType: "milestone",
        entityId: `${id}-m${k}`,
        field: "created",
        newValue: JSON.stringify(
          milestoneState({
            status: k === 1 && n % 3 === 0 ? "done" : "in_progress",
            percentComplete: (n * 7) % 100,
            baselineDate: k === 1 ? "2026-05-01" : "2026-10-01",
            plannedDate: k === 1 ? "2026-05-01" : "2026-10-01",
            actualDate: k === 1 && n % 3 === 0 ? "2026-05-01" : null,
          }),
        ),
      })),
    ];
  });
  return {
    asOf: "2026-06-30",
    basis: "effective",
    filters: {},
    author: "Demo Analyst",
    status: "draft",
    id: null,
    publishedAt: null,
    generatedAt: "2026-06-30T12:00:00.000Z",
    replay: {
      initiatives: ids.map((n) =>
        snapshotInitiative({ id: `i${n}`, slug: `i${n}`, title: title(n) }),
      ),
      milestones: ids.flatMap((n) =>
        [1, 2].map((k) => ({
          id: `i${n}-m${k}`,
          initiativeId: `i${n}`,
          title: `Milestone ${k}`,
          workstream: null,
          provenance: "planned_estimate" as const,
        })),
      ),
      events,
    },
    milestoneDetails: [],
    initiativeSources: [],
    statusUpdates: [],
    recordNotes: [],
    sources: [],
    changeEvents: [],
    previous: null,
  };
}

type Line = { text: string; x: number; baseline: number; width: number };

/** Each page's text runs, with where they sit (PDF units, y from the bottom). */
async function pdfPages(bytes: Buffer): Promise<Line[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: Line[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .filter((item) => "str" in item && item.str.trim() !== "")
        .map((item) => {
          const run = item as { str: string; transform: number[]; width: number };
          return {
            text: run.str,
            x: run.transform[4],
            baseline: run.transform[5],
            width: run.width,
          };
        }),
    );
  }
  return pages;
}

type Shape = "rect" | "roundedRect" | "circle" | "moveTo" | "lineTo";
/** How far down the page (from its top) a shape drawn with these arguments reaches. */
const REACH: Record<Shape, (a: number[]) => number> = {
  rect: ([, y, , h]) => y + h,
  roundedRect: ([, y, , h]) => y + h,
  circle: ([, y, r]) => y + r,
  moveTo: ([, y]) => y,
  lineTo: ([, y]) => y,
};

/**
 * Runs `draw`, noting every shape drawn below the page's bottom margin (the footers, drawn inside
 * it, lift it while they draw).
 */
async function shapesPastTheMargin<T>(
  draw: () => Promise<T>,
): Promise<{ result: T; past: string[] }> {
  const past: string[] = [];
  const proto = PDFDocument.prototype as unknown as Record<Shape, (...args: number[]) => unknown>;
  const spies = (Object.keys(REACH) as Shape[]).map((shape) => {
    const original = proto[shape];
    return vi.spyOn(proto, shape).mockImplementation(function (this: PDFKit.PDFDocument, ...args) {
      const bottom = this.page.height - this.page.margins.bottom;
      const reach = REACH[shape](args);
      if (reach > bottom + 0.01) past.push(`${shape} to ${reach.toFixed(1)} (bottom ${bottom})`);
      return original.apply(this, args);
    });
  });
  try {
    return { result: await draw(), past };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const isFooter = (line: Line) => /^(Corridor ·|Page \d+ of \d+|SHA-256 )/.test(line.text);
const pageText = (page: Line[]) => page.map((line) => line.text).join(" ");

describe("the PDF of a portfolio of 120 initiatives", async () => {
  const doc = buildReportDocument(portfolio(INITIATIVES));
  const { result: bytes, past } = await shapesPastTheMargin(() => renderPdf(doc));
  const pages = await pdfPages(bytes);
  // The cover is page 1, the summary starts on page 2, each initiative's section on a new page.
  const firstSection = pages.findIndex((page) => pageText(page).includes("Latest status update"));
  const summary = pages.slice(1, firstSection);
  const chart = summary.filter((page) => pageText(page).includes(CHART));

  it("runs the progress chart on over a few pages, not a page per row", () => {
    expect(doc.initiatives).toHaveLength(INITIATIVES);
    expect(firstSection).toBeGreaterThan(1);
    expect(chart.length).toBeGreaterThanOrEqual(3);
    expect(chart.length).toBeLessThanOrEqual(4);
    expect(summary.length).toBeLessThanOrEqual(chart.length + 1);
    expect(summary.slice(0, chart.length)).toEqual(chart);
    expect(pages.length).toBeLessThan(1 + summary.length + INITIATIVES + 3);
  });

  it("keeps every initiative in the chart, each row once, with at least three rows a page", () => {
    const rows = chart.map((page) => page.filter((line) => /^Agreement \d{3} /.test(line.text)));
    expect(rows.flat().map((line) => line.text)).toEqual(
      Array.from({ length: INITIATIVES }, (_, n) => title(n + 1)),
    );
    for (const page of rows) expect(page.length).toBeGreaterThanOrEqual(3);
    // Each row's figures sit on its line.
    for (const page of chart)
      for (const row of page.filter((line) => /^Agreement \d{3} /.test(line.text)))
        expect(
          page.some(
            (l) => /^\d+% \/ \d+%$/.test(l.text) && Math.abs(l.baseline - row.baseline) < 2,
          ),
        ).toBe(true);
  });

  it("repeats the chart's title, legend and axis on every page it runs on to", () => {
    expect(chart.length).toBeGreaterThan(1);
    expect(pageText(chart[0])).toContain(CHART);
    for (const page of chart.slice(1)) {
      const texts = page.map((line) => line.text);
      expect(texts[0]).toBe(`${CHART} (continued)`);
      expect(texts).toContain("Evidenced progress");
      expect(texts).toContain("reported / expected");
      expect(texts).toContain("100%");
    }
  });

  it("draws no bar, grid line or dot below the bottom margin", () => {
    expect(past).toEqual([]);
  });

  it("draws no text outside the margins on any page", () => {
    const outside = pages.flatMap((page, index) =>
      page
        .filter((line) => !isFooter(line))
        .filter(
          (line) =>
            line.baseline < MARGINS.bottom ||
            line.baseline > PAGE.height - MARGINS.top ||
            line.x < MARGINS.left - 1 ||
            line.x + line.width > PAGE.width - MARGINS.right + 1,
        )
        .map((line) => `page ${index + 1}: ${line.text}`),
    );
    expect(outside).toEqual([]);
  });
});

describe("pageSizes", () => {
  it("fills this page, then whole pages", () => {
    expect(pageSizes(100, 27, 46)).toEqual([27, 46, 27]);
    expect(pageSizes(20, 27, 46)).toEqual([20]);
  });

  it("never leaves fewer than three rows alone on the last page", () => {
    expect(pageSizes(48, 46, 46)).toEqual([45, 3]);
    expect(pageSizes(74, 27, 46)).toEqual([27, 44, 3]);
  });

  it("starts on the next page when too few rows fit on this one", () => {
    expect(pageSizes(100, 2, 46)).toEqual([0, 46, 46, 8]);
    expect(pageSizes(5, 4, 46)).toEqual([0, 5]);
  });
});
