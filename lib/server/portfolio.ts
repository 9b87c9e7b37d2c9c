import "server-only";
import type { PrismaClient } from "../db/client";
import { addDaysToDate, dayToDate, toIsoDay } from "../domain/dates";
import { currentValueSourced, initiativeFigures, portfolioFigures } from "../domain/evidence";
import { byPlannedDate, isOverdue, nextMilestone, slippageDays } from "../domain/milestones";
import { expectedProgress, inScope, portfolioProgress } from "../domain/progress";
import { compareEvents, replay, type ReplayBasis } from "../domain/replay";
import { describeWindow, recordNoteAboutWindow } from "../domain/target-window";
import { scheduleGap, scheduleStatus } from "../domain/verdict";
import type * as Domain from "../domain/types";
import { notFound } from "../errors";
import { LATEST_DAY } from "../validation/common";
import type {
  InitiativeDetail,
  InitiativeSummary,
  PortfolioOverview,
  TargetWindowView,
} from "../views/initiative";
import type { MilestoneView } from "../views/milestone";
import type { SourceView } from "../views/source";
import { loadReplayEvents } from "./dashboard";
import { VersionedCache } from "./versioned-cache";

export const sourceSelect = {
  id: true,
  key: true,
  title: true,
  url: true,
  publisher: true,
  publishedOn: true,
  note: true,
} as const;

type SourceRow = {
  id: string;
  key: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: Date | null;
  note: string | null;
};

const milestoneInclude = {
  workstream: { select: { name: true } },
  sources: { select: sourceSelect },
} as const;

export function toSourceView(s: SourceRow): SourceView {
  return { ...s, publishedOn: s.publishedOn ? toIsoDay(s.publishedOn) : null };
}

type MilestoneRow = {
  id: string;
  version: number;
  position: number;
  title: string;
  description: string;
  side: string;
  baselineDate: Date;
  plannedDate: Date;
  actualDate: Date | null;
  status: string;
  weight: number;
  percentComplete: number;
  provenance: string;
  workstream: { name: string } | null;
  sources: SourceRow[];
};

function toMilestoneView(m: MilestoneRow): MilestoneView {
  const base = {
    baselineDate: toIsoDay(m.baselineDate),
    plannedDate: toIsoDay(m.plannedDate),
    actualDate: m.actualDate ? toIsoDay(m.actualDate) : null,
    status: m.status as Domain.MilestoneStatus,
  };
  return {
    id: m.id,
    version: m.version,
    position: m.position,
    title: m.title,
    description: m.description,
    side: m.side as Domain.Side,
    workstream: m.workstream?.name ?? null,
    ...base,
    weight: m.weight,
    percentComplete: m.percentComplete,
    provenance: m.provenance as Domain.Provenance,
    slippageDays: slippageDays(base),
    sources: m.sources.map(toSourceView),
  };
}

/**
 * What the recorded changes say about evidence: the events in replay order and, per milestone,
 * the progress their evidence links back. Every recorded change counts, as in the stored rows.
 */
async function recordedEvidence(prisma: PrismaClient, initiativeId?: string) {
  const events = (await loadReplayEvents(prisma, initiativeId)).sort(compareEvents);
  return { events, evidenced: replay(events, LATEST_DAY).evidenced };
}

function toTargetView(i: {
  targetStart: Date;
  targetEnd: Date;
  targetLabel: string;
  targetKind: Domain.TargetKind;
}): TargetWindowView {
  const window = { label: i.targetLabel, kind: i.targetKind };
  return {
    start: toIsoDay(i.targetStart),
    end: toIsoDay(i.targetEnd),
    ...window,
    describedAs: describeWindow(window),
  };
}

export async function getMilestoneView(prisma: PrismaClient, id: string): Promise<MilestoneView> {
  const row = await prisma.milestone.findUnique({ where: { id }, include: milestoneInclude });
  if (!row) throw notFound("Milestone");
  return toMilestoneView(row);
}

export async function listInitiativeSummaries(
  prisma: PrismaClient,
  today: Domain.IsoDay,
): Promise<PortfolioOverview> {
  const [initiatives, { evidenced }] = await Promise.all([
    prisma.initiative.findMany({
      orderBy: [{ position: "asc" }, { title: "asc" }],
      include: {
        milestones: { include: milestoneInclude },
        statusUpdates: {
          orderBy: { effectiveDate: "desc" },
          take: 1,
          select: { effectiveDate: true },
        },
      },
    }),
    recordedEvidence(prisma),
  ]);
  const summaries: InitiativeSummary[] = initiatives.map((i) => {
    const milestones = i.milestones.map(toMilestoneView);
    const next = nextMilestone(milestones);
    const figures = initiativeFigures(milestones, evidenced);
    const expected = expectedProgress(milestones, today);
    const gap = scheduleGap(figures.progress, expected);
    const overdue = milestones.filter((m) => isOverdue(m, today)).length;
    return {
      id: i.id,
      slug: i.slug,
      title: i.title,
      kind: i.kind as Domain.InitiativeKind,
      lifecycleStatus: i.lifecycleStatus as Domain.LifecycleStatus,
      health: i.health as Domain.Health,
      owner: i.owner,
      target: toTargetView(i),
      ...figures,
      expectedProgress: expected,
      gap,
      schedule: scheduleStatus(gap, overdue),
      milestoneCount: milestones.length,
      inScopeCount: inScope(milestones).length,
      nextMilestone: next
        ? {
            id: next.id,
            title: next.title,
            plannedDate: next.plannedDate,
            provenance: next.provenance,
            status: next.status,
            overdue: isOverdue(next, today),
          }
        : null,
      lastUpdateOn: i.statusUpdates[0] ? toIsoDay(i.statusUpdates[0].effectiveDate) : null,
    };
  });
  return {
    asOf: today,
    ...portfolioFigures(summaries),
    expectedProgress: portfolioProgress(summaries.map((s) => s.expectedProgress)),
    milestoneCount: summaries.reduce((n, s) => n + s.milestoneCount, 0),
    inScopeCount: summaries.reduce((n, s) => n + s.inScopeCount, 0),
    initiatives: summaries,
  };
}

/** Status updates visible on a past day: dated by then and, for "as known on", recorded by then. */
function updatesVisibleAsOf(view?: { asOf: Domain.IsoDay; basis: "effective" | "recorded" }) {
  if (!view) return undefined;
  const endOfDay = addDaysToDate(dayToDate(view.asOf), 1);
  return {
    effectiveDate: { lte: dayToDate(view.asOf) },
    ...(view.basis === "recorded" ? { recordedAt: { lt: endOfDay } } : {}),
  };
}

export async function getInitiativeDetail(
  prisma: PrismaClient,
  slug: string,
  today: Domain.IsoDay,
  view?: { asOf: Domain.IsoDay; basis: "effective" | "recorded" },
): Promise<InitiativeDetail> {
  const i = await prisma.initiative.findUnique({
    where: { slug },
    include: {
      workstreams: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, description: true },
      },
      milestones: { include: milestoneInclude },
      recordNotes: { orderBy: { position: "asc" }, include: { sources: { select: sourceSelect } } },
      statusUpdates: {
        where: updatesVisibleAsOf(view),
        orderBy: [{ effectiveDate: "desc" }, { recordedAt: "desc" }],
        take: 10,
        include: { author: { select: { name: true } } },
      },
      sources: { select: sourceSelect },
      targetSource: { select: sourceSelect },
    },
  });
  if (!i) throw notFound(`Initiative "${slug}"`);
  const milestones = i.milestones.map(toMilestoneView).sort(byPlannedDate);
  const { events, evidenced } = await recordedEvidence(prisma, i.id);
  return {
    id: i.id,
    slug: i.slug,
    version: i.version,
    title: i.title,
    kind: i.kind as Domain.InitiativeKind,
    summary: i.summary,
    focusAreas: i.focusAreas,
    leads: { korea: i.koreaLeads, singapore: i.singaporeLeads },
    launchDate: toIsoDay(i.launchDate),
    target: {
      ...toTargetView(i),
      note: i.targetNote,
      source: i.targetSource ? toSourceView(i.targetSource) : null,
      recordNoteId: recordNoteAboutWindow(i.recordNotes, i.targetLabel),
    },
    lifecycleStatus: i.lifecycleStatus as Domain.LifecycleStatus,
    health: i.health as Domain.Health,
    unsourced: {
      health: !currentValueSourced(events, i.id, "health"),
      lifecycleStatus: !currentValueSourced(events, i.id, "lifecycleStatus"),
    },
    owner: i.owner,
    ...initiativeFigures(milestones, evidenced),
    expectedProgress: expectedProgress(milestones, today),
    workstreams: i.workstreams,
    milestones,
    recordNotes: i.recordNotes.map((n) => ({
      id: n.id,
      verdict: n.verdict as Domain.RecordVerdict,
      briefSays: n.briefSays,
      recordSays: n.recordSays,
      sources: n.sources.map(toSourceView),
    })),
    statusUpdates: i.statusUpdates.map((u) => ({
      id: u.id,
      health: u.health as Domain.Health,
      body: u.body,
      effectiveDate: toIsoDay(u.effectiveDate),
      recordedAt: u.recordedAt.toISOString(),
      author: u.author?.name ?? u.authorLabel,
    })),
    sources: i.sources
      .map(toSourceView)
      .sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true })),
  };
}

/**
 * The day and replay of the latest report published for the whole portfolio: the dashboard offers
 * it as a quick as-of choice, so the figures sent out can be seen again. Null before the first.
 */
export function latestPortfolioReportView(prisma: PrismaClient): Promise<ReportView | null> {
  return latestReports.get(prisma, "portfolio", async () => {
    const row = await prisma.report.findFirst({
      where: { scope: null },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { asOf: true, basis: true },
    });
    if (!row) return null;
    return {
      asOf: toIsoDay(row.asOf),
      basis: row.basis === "recorded" ? "recorded" : "effective",
    };
  });
}

type ReportView = { asOf: Domain.IsoDay; basis: ReplayBasis };
const latestReports = new VersionedCache<ReportView | null>(1);
