import "server-only";
import PptxGenJS from "pptxgenjs";
import { formatDay } from "../../../domain/dates";
import { HEALTH_LABELS, KIND_LABELS, LIFECYCLE_LABELS } from "../../../domain/labels";
import { formatGap, formatPercent } from "../../../domain/progress";
import type { ReportDocument, ReportInitiative } from "../../../domain/report/document";
import { asOfText, daysText, filtersText, publicationText } from "../../../domain/report/wording";
import { HEALTHS } from "../../../domain/types";
import { SCHEDULE_LABELS } from "../../../domain/verdict";

const FONT = "Arial";
const INK = "0F172A";
const MUTED = "475569";
const BLUE = "1D4ED8";
const LIGHT_BLUE = "93C5FD";
const ORANGE = "C2410C";
const HEALTH_COLORS = {
  on_track: "15803D",
  at_risk: "B45309",
  off_track: "B91C1C",
  not_assessed: "64748B",
};
/** 16:9, in inches. */
const WIDTH = 13.333;
const MARGIN = 0.6;
const CONTENT = WIDTH - 2 * MARGIN;

/** Slides: a title slide, the summary, and one slide per initiative. */
export async function renderPptx(doc: ReportDocument): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = doc.author;
  pptx.company = "Corridor";
  pptx.title = `${doc.title}, ${formatDay(doc.asOf)}`;
  pptx.subject = doc.verdict;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  titleSlide(pptx, doc);
  summarySlide(pptx, doc);
  for (const initiative of doc.initiatives) initiativeSlide(pptx, doc, initiative);

  const out = await pptx.write({ outputType: "nodebuffer", compression: true });
  return Buffer.from(out as Uint8Array);
}

function footer(slide: PptxGenJS.Slide, doc: ReportDocument) {
  slide.addText(
    `Corridor · ${doc.scope.label} · ${formatDay(doc.asOf)} · ${publicationText(doc)}`,
    { x: MARGIN, y: 7.0, w: CONTENT, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED },
  );
}

function titleSlide(pptx: PptxGenJS, doc: ReportDocument) {
  const slide = pptx.addSlide();
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: WIDTH, h: 0.15, fill: { color: BLUE } });
  slide.addText("CORRIDOR · KOREA–SINGAPORE AGENDA", {
    x: MARGIN,
    y: 1.6,
    w: CONTENT,
    h: 0.4,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: MUTED,
  });
  slide.addText(doc.title, {
    x: MARGIN,
    y: 2.0,
    w: CONTENT,
    h: 1.2,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: INK,
  });
  slide.addText(
    [
      { text: asOfText(doc), options: { fontSize: 18, color: INK, breakLine: true } },
      {
        text: `${doc.scope.label} · ${filtersText(doc.filters)}`,
        options: { fontSize: 14, color: MUTED, breakLine: true },
      },
      {
        text: `Prepared by ${doc.author} · ${publicationText(doc)}`,
        options: { fontSize: 14, color: MUTED },
      },
    ],
    { x: MARGIN, y: 3.3, w: CONTENT, h: 1.4, fontFace: FONT, valign: "top" },
  );
}

function summarySlide(pptx: PptxGenJS, doc: ReportDocument) {
  const h = doc.headline;
  const slide = pptx.addSlide();
  heading(slide, "Summary");
  slide.addText(doc.verdict, {
    x: MARGIN,
    y: 1.05,
    w: CONTENT,
    h: 0.8,
    fontFace: FONT,
    fontSize: 16,
    color: INK,
    valign: "top",
  });
  tiles(pptx, slide, 1.95, [
    ["Reported", formatPercent(h.reported)],
    ["Evidenced", formatPercent(h.evidenced)],
    [`Expected by ${formatDay(doc.asOf)}`, formatPercent(h.expected)],
    ["Gap", formatGap(h.gap)],
  ]);
  const initiatives = doc.initiatives;
  const labels = initiatives.map((i) => shorten(i.title, 48)).reverse();
  slide.addChart(
    pptx.ChartType.bar,
    [
      {
        name: "Evidenced",
        labels,
        values: initiatives.map((i) => round(i.evidencedProgress)).reverse(),
      },
      { name: "Reported", labels, values: initiatives.map((i) => round(i.progress)).reverse() },
      {
        name: `Expected by ${formatDay(doc.asOf)}`,
        labels,
        values: initiatives.map((i) => round(i.expectedProgress)).reverse(),
      },
    ],
    {
      x: MARGIN,
      y: 3.05,
      w: 8.2,
      h: 3.85,
      barDir: "bar",
      barGrouping: "clustered",
      chartColors: [BLUE, LIGHT_BLUE, ORANGE],
      valAxisMaxVal: 100,
      valAxisMinVal: 0,
      valAxisLabelFormatCode: '0"%"',
      catAxisLabelFontSize: 9,
      catAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 9,
      showLegend: true,
      legendPos: "t",
      legendFontSize: 10,
      legendFontFace: FONT,
      showTitle: true,
      title: "Progress against expectation (%)",
      titleFontSize: 12,
      titleFontFace: FONT,
    },
  );
  const health = HEALTHS.map((k) => `${HEALTH_LABELS[k]} ${h.healthCounts[k]}`).join(" · ");
  const schedule = (Object.keys(h.scheduleCounts) as (keyof typeof h.scheduleCounts)[])
    .filter((k) => h.scheduleCounts[k] > 0)
    .map((k) => `${SCHEDULE_LABELS[k]} ${h.scheduleCounts[k]}`)
    .join(" · ");
  slide.addText(
    [
      { text: "Health", options: { bold: true, breakLine: true } },
      { text: health, options: { breakLine: true } },
      { text: "Schedule", options: { bold: true, breakLine: true } },
      { text: schedule, options: { breakLine: true } },
      { text: "Milestones", options: { bold: true, breakLine: true } },
      {
        text: `${h.counts.total} in scope, ${h.counts.done} done; ${h.overdueSummary}`,
        options: { breakLine: true },
      },
      { text: "Window", options: { bold: true, breakLine: true } },
      { text: `${h.window.statement}.${h.window.note ? ` ${h.window.note}` : ""}` },
    ],
    {
      x: 9.0,
      y: 3.05,
      w: WIDTH - 9.0 - MARGIN,
      h: 3.85,
      fontFace: FONT,
      fontSize: 11,
      color: INK,
      valign: "top",
      paraSpaceAfter: 3,
    },
  );
  footer(slide, doc);
}

function initiativeSlide(pptx: PptxGenJS, doc: ReportDocument, i: ReportInitiative) {
  const slide = pptx.addSlide();
  slide.addText(
    `${KIND_LABELS[i.kind]} · ${LIFECYCLE_LABELS[i.lifecycleStatus]} · ${i.target.describedAs}`,
    {
      x: MARGIN,
      y: 0.3,
      w: CONTENT,
      h: 0.3,
      fontFace: FONT,
      fontSize: 11,
      color: MUTED,
    },
  );
  heading(slide, i.title, 0.6);
  slide.addText(i.verdict, {
    x: MARGIN,
    y: 1.3,
    w: CONTENT,
    h: 0.6,
    fontFace: FONT,
    fontSize: 14,
    color: INK,
    valign: "top",
  });
  tiles(pptx, slide, 2.0, [
    ["Reported", formatPercent(i.progress)],
    ["Evidenced", formatPercent(i.evidencedProgress)],
    [`Expected by ${formatDay(doc.asOf)}`, formatPercent(i.expectedProgress)],
    ["Gap", formatGap(i.gap)],
  ]);

  const left = MARGIN;
  const half = (CONTENT - 0.4) / 2;
  const update = i.latestUpdate;
  slide.addText(
    [
      {
        text: `Health: ${HEALTH_LABELS[i.health]}`,
        options: { bold: true, color: HEALTH_COLORS[i.health] },
      },
      {
        text: `  ·  Schedule: ${SCHEDULE_LABELS[i.schedule]} (${i.overdueSummary})`,
        options: { breakLine: true },
      },
      ...(i.healthDisagreement
        ? [{ text: i.healthDisagreement, options: { color: "B91C1C", breakLine: true } }]
        : []),
      { text: `${i.window}.`, options: { color: MUTED, breakLine: true } },
      { text: "Latest status update", options: { bold: true, breakLine: true } },
      {
        text: update
          ? `${formatDay(update.date)}, ${update.author}: ${shorten(update.body, 420)}`
          : "No status update by this date.",
        options: { breakLine: true },
      },
      { text: "Forecast", options: { bold: true, breakLine: true } },
      { text: capitalise(i.forecastText) },
    ],
    {
      x: left,
      y: 3.1,
      w: half,
      h: 3.8,
      fontFace: FONT,
      fontSize: 11,
      color: INK,
      valign: "top",
      paraSpaceAfter: 4,
    },
  );

  const lines = [
    ...section(
      "Overdue",
      i.overdue.map((r) => `${r.title}: ${daysText(r.days ?? 0)} overdue`),
    ),
    ...section(
      "Due within 30 days",
      i.due.map((r) => `${r.title}: ${formatDay(r.date)}`),
    ),
    ...section(
      "Slipped",
      i.slipped.map((r) => `${r.title}: ${daysText(r.days ?? 0)} late`),
    ),
    ...section(
      "Next",
      i.next.map((r) => `${formatDay(r.date)}: ${r.title}`),
    ),
    ...section(
      "Done",
      i.done.map((r) => `${r.title}: ${formatDay(r.date)}`),
    ),
  ];
  slide.addText(lines.slice(0, 22), {
    x: left + half + 0.4,
    y: 3.1,
    w: half,
    h: 3.8,
    fontFace: FONT,
    fontSize: 10.5,
    color: INK,
    valign: "top",
  });
  footer(slide, doc);
}

type Run = { text: string; options?: PptxGenJS.TextPropsOptions };

function section(title: string, items: string[]): Run[] {
  if (items.length === 0) return [];
  return [
    { text: `${title} (${items.length})`, options: { bold: true, breakLine: true } },
    ...items
      .slice(0, 4)
      .map((text) => ({ text: shorten(text, 110), options: { bullet: true, breakLine: true } })),
    ...(items.length > 4
      ? [{ text: `and ${items.length - 4} more`, options: { color: MUTED, breakLine: true } }]
      : []),
  ];
}

function heading(slide: PptxGenJS.Slide, text: string, y = 0.35) {
  slide.addText(text, {
    x: MARGIN,
    y,
    w: CONTENT,
    h: 0.65,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: INK,
  });
}

function tiles(pptx: PptxGenJS, slide: PptxGenJS.Slide, y: number, items: [string, string][]) {
  const gap = 0.25;
  const w = (CONTENT - gap * (items.length - 1)) / items.length;
  items.forEach(([label, value], index) => {
    const x = MARGIN + index * (w + gap);
    slide.addShape(pptx.ShapeType.roundRect, {
      x,
      y,
      w,
      h: 0.9,
      fill: { color: "F1F5F9" },
      line: { color: "F1F5F9" },
      rectRadius: 0.08,
    });
    slide.addText(
      [
        { text: label, options: { fontSize: 11, color: MUTED, breakLine: true } },
        { text: value, options: { fontSize: 24, bold: true, color: INK } },
      ],
      { x: x + 0.1, y, w: w - 0.2, h: 0.9, fontFace: FONT, valign: "middle" },
    );
  });
}

const round = (value: number | null) => (value === null ? 0 : Math.round(value));

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
