import "server-only";
import { formatDay } from "../../../domain/dates";
import {
  HEALTH_LABELS,
  KIND_LABELS,
  LIFECYCLE_LABELS,
  VERDICT_LABELS,
} from "../../../domain/labels";
import { formatGap, formatPercent } from "../../../domain/progress";
import type {
  ReportDocument,
  ReportInitiative,
  ReportMilestone,
  ReportMilestoneRef,
} from "../../../domain/report/document";
import { daysText, refsText } from "../../../domain/report/wording";
import { SCHEDULE_LABELS } from "../../../domain/verdict";
import { drawProgressBar } from "./pdf-chart";
import { COLORS, HEALTH_COLORS, type PdfWriter } from "./pdf-writer";

/** One initiative's page(s): figures, health, latest update, milestones, forecast, record notes. */
export function drawInitiative(w: PdfWriter, doc: ReportDocument, i: ReportInitiative): void {
  w.doc.outline.addItem(i.title);
  w.text(
    `${KIND_LABELS[i.kind]} · ${LIFECYCLE_LABELS[i.lifecycleStatus]} · target: ${i.target.describedAs}`,
    { size: 8.5, color: COLORS.muted, after: 2 },
  );
  w.text(i.title, { size: 17, bold: true, after: 6 });
  w.text(i.verdict, { size: 10.5, after: i.sourceRefs.length ? 2 : 8 });
  if (i.sourceRefs.length)
    w.text(`Sources: ${refsText(i.sourceRefs)} (endnotes)`, {
      size: 8.5,
      color: COLORS.muted,
      after: 6,
    });

  drawProgressBar(w, {
    reported: i.progress,
    evidenced: i.evidencedProgress,
    expected: i.expectedProgress,
  });
  w.text(
    `Reported ${formatPercent(i.progress)} · evidenced ${formatPercent(i.evidencedProgress)} · expected by ${formatDay(doc.asOf)} ${formatPercent(i.expectedProgress)} · gap ${formatGap(i.gap)} · ${formatPercent(i.expectedAtTargetEnd)} due by the window's end`,
    { size: 9, color: COLORS.muted, after: 6 },
  );

  healthLine(w, i);
  if (i.healthDisagreement)
    w.text(`Health and schedule disagree: ${i.healthDisagreement}`, {
      size: 9.5,
      color: "#b91c1c",
      after: 2,
    });
  w.text(`${i.window}.`, { size: 9.5, after: 8 });

  section(w, "Latest status update");
  if (i.latestUpdate) {
    const u = i.latestUpdate;
    w.text(
      `${formatDay(u.date)} · ${u.author} · ${HEALTH_LABELS[u.health]}${i.stale ? " · no update in the last 30 days" : ""}`,
      {
        size: 8.5,
        color: COLORS.muted,
        after: 2,
      },
    );
    w.text(u.body, { size: 9.5, after: 8 });
  } else {
    w.text("No status update by this date.", { size: 9.5, color: COLORS.muted, after: 8 });
  }

  const byId = new Map(i.milestones.map((m) => [m.id, m]));
  section(w, `Milestones (${i.milestones.length})`);
  const lists: [string, ReportMilestoneRef[], (r: ReportMilestoneRef) => string][] = [
    ["Done", i.done, (r) => `${r.title}: done ${formatDay(r.date)}${late(r.days)}`],
    [
      "Overdue",
      i.overdue,
      (r) =>
        `${r.title}: planned ${formatDay(r.date)}, ${daysText(r.days ?? 0)} overdue${byId.get(r.id)?.status === "blocked" ? ", blocked" : ""}`,
    ],
    ["Due within 30 days", i.due, (r) => `${r.title}: planned ${formatDay(r.date)}`],
    ["Slipped against baseline", i.slipped, (r) => slippedText(r, byId.get(r.id))],
    ["Next", i.next, (r) => `${formatDay(r.date)}: ${r.title}${estimate(byId.get(r.id))}`],
  ];
  for (const [title, refs, line] of lists) if (refs.length) list(w, title, refs, line);
  const empty = lists.filter(([, refs]) => refs.length === 0).map(([title]) => `${title}: none`);
  if (empty.length) w.text(`${empty.join(" · ")}.`, { size: 9.5, color: COLORS.muted, after: 4 });

  section(w, "Forecast");
  w.text(capitalise(i.forecastText), { size: 9.5, after: 8 });

  if (i.recordNotes.length) {
    // A note is kept whole on a page, and the heading with the first note.
    w.room(30 + noteHeight(w, i.recordNotes[0]));
    section(w, "Where the public record differs from the brief");
    for (const note of i.recordNotes) {
      w.room(noteHeight(w, note));
      w.text(VERDICT_LABELS[note.verdict], {
        size: 9,
        bold: true,
        color: verdictColor(note.verdict),
        after: 1,
      });
      w.labelled("The brief says:", note.briefSays, { size: 9, indent: 8, after: 1 });
      w.labelled("The record says:", recordText(note), { size: 9, indent: 8, after: 6 });
    }
  }
}

function healthLine(w: PdfWriter, i: ReportInitiative) {
  const { doc } = w;
  w.room(18);
  const y = w.y;
  doc.circle(w.left + 4, y + 6.5, 4).fill(HEALTH_COLORS[i.health]);
  w.style(10, true);
  doc.text(`Health: ${HEALTH_LABELS[i.health]}`, w.left + 12, y, { continued: true });
  w.style(10, false);
  doc.text(`  ·  Schedule: ${SCHEDULE_LABELS[i.schedule]} (${i.overdueSummary})`);
  w.y += 2;
  doc.x = w.left;
}

function section(w: PdfWriter, title: string) {
  w.room(40);
  w.text(title, { size: 11, bold: true, after: 3 });
}

function list(
  w: PdfWriter,
  title: string,
  refs: ReportMilestoneRef[],
  line: (r: ReportMilestoneRef) => string,
) {
  w.room(30);
  w.text(`${title} (${refs.length})`, { size: 9.5, bold: true, after: 1 });
  w.bullets(refs.map(line), { size: 9, after: 4 });
}

function slippedText(r: ReportMilestoneRef, m: ReportMilestone | undefined): string {
  const now =
    m?.status === "done" ? `done ${formatDay(m.actualDate)}` : `now planned ${formatDay(r.date)}`;
  return `${r.title}: ${daysText(r.days ?? 0)} late (baseline ${formatDay(m?.baselineDate)}, ${now})`;
}

function late(days: number | undefined): string {
  return days && days > 0 ? `, ${daysText(days)} after its baseline` : "";
}

function estimate(m: ReportMilestone | undefined): string {
  return m?.provenance === "planned_estimate" ? " (planned estimate)" : "";
}

type Note = ReportInitiative["recordNotes"][number];

function recordText(note: Note): string {
  return `${note.recordSays}${missingRefs(note.recordSays, note.sourceRefs)}`;
}

/** A note's height as drawn, at most a page's. */
function noteHeight(w: PdfWriter, note: Note): number {
  const width = w.width - 8;
  const height =
    w.heightOf(VERDICT_LABELS[note.verdict], 9, w.width, true) +
    w.heightOf(`The brief says: ${note.briefSays}`, 9, width) +
    w.heightOf(`The record says: ${recordText(note)}`, 9, width) +
    8;
  return Math.min(height, w.bottom - w.doc.page.margins.top);
}

/** Endnotes linked to a note that its text does not already cite inline. */
function missingRefs(text: string, refs: number[]): string {
  const missing = refs.filter((n) => !text.includes(`[${n}]`));
  return missing.length ? ` ${refsText(missing)}` : "";
}

function verdictColor(verdict: string): string {
  return verdict === "consistent"
    ? COLORS.published
    : verdict === "differs"
      ? "#b91c1c"
      : COLORS.draft;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
