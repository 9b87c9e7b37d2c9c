import "server-only";
import type { PrismaClient } from "../../db/client";
import { toIsoDay } from "../../domain/dates";
import type { SnapshotFilters } from "../../domain/portfolio-snapshot";
import {
  buildReportDocument,
  reportChangeEventScope,
  reportSnapshot,
  type ReportDocument,
  type ReportInput,
} from "../../domain/report/document";
import type { ReplayBasis } from "../../domain/replay";
import type { IsoDay } from "../../domain/types";
import { notFound } from "../../errors";
import { getPortfolioSnapshot, loadReplayInputs } from "../dashboard";
import { loadReportChangeEvents, MAX_REPORT_CHANGE_EVENTS } from "./report-change-events";

export type LoadReportOptions = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  initiativeSlug?: string;
  author: string;
  status: "draft" | "published";
  id?: string;
  publishedAt?: Date;
  previous: ReportDocument | null;
  /** The most change events the report lists (the newest; it says how many it leaves out). */
  changeEventLimit?: number;
};

/**
 * Everything a report needs, loaded in one go, then built by pure domain code: the snapshot's replay
 * inputs, milestones' versions and sources, status updates, record notes and sources; then the
 * change events of the report's initiatives and milestones in its period (the newest, all counted).
 * A whole-portfolio report takes the dashboard's snapshot of the same day, basis and filters (kept
 * per data version, so often already built). An unknown initiative slug is a 404.
 */
export async function loadReportDocument(
  prisma: PrismaClient,
  opts: LoadReportOptions,
): Promise<ReportDocument> {
  if (opts.initiativeSlug) {
    const found = await prisma.initiative.findUnique({
      where: { slug: opts.initiativeSlug },
      select: { id: true },
    });
    if (!found) throw notFound(`Initiative "${opts.initiativeSlug}"`);
  }
  const [replay, snapshot, milestones, initiatives, updates, notes, sources] = await Promise.all([
    loadReplayInputs(prisma),
    opts.initiativeSlug
      ? undefined
      : getPortfolioSnapshot(prisma, {
          asOf: opts.asOf,
          basis: opts.basis,
          filters: opts.filters,
        }),
    prisma.milestone.findMany({
      select: {
        id: true,
        version: true,
        sources: { select: { id: true }, orderBy: { key: "asc" } },
      },
    }),
    prisma.initiative.findMany({
      select: {
        id: true,
        targetSourceId: true,
        sources: { select: { id: true }, orderBy: { key: "asc" } },
      },
    }),
    prisma.statusUpdate.findMany({
      select: {
        initiativeId: true,
        effectiveDate: true,
        recordedAt: true,
        health: true,
        body: true,
        authorLabel: true,
        author: { select: { name: true } },
      },
    }),
    prisma.recordNote.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        initiativeId: true,
        verdict: true,
        briefSays: true,
        recordSays: true,
        sources: { select: { id: true }, orderBy: { key: "asc" } },
      },
    }),
    prisma.source.findMany({
      select: { id: true, key: true, title: true, publisher: true, url: true, publishedOn: true },
    }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const publishedAt = opts.publishedAt?.toISOString() ?? null;

  const input: ReportInput = {
    asOf: opts.asOf,
    basis: opts.basis,
    filters: opts.filters,
    initiativeSlug: opts.initiativeSlug,
    author: opts.author,
    status: opts.status,
    id: opts.id ?? null,
    publishedAt,
    generatedAt: publishedAt ?? new Date().toISOString(),
    replay,
    snapshot,
    milestoneDetails: milestones.map((m) => ({
      id: m.id,
      version: m.version,
      sourceIds: ids(m.sources),
    })),
    initiativeSources: initiatives.map((i) => ({
      initiativeId: i.id,
      sourceIds: [...(i.targetSourceId ? [i.targetSourceId] : []), ...ids(i.sources)],
    })),
    statusUpdates: updates.map((u) => ({
      initiativeId: u.initiativeId,
      effectiveDate: toIsoDay(u.effectiveDate),
      recordedAt: u.recordedAt,
      health: u.health,
      body: u.body,
      author: u.author?.name ?? u.authorLabel,
    })),
    recordNotes: notes.map((n) => ({
      initiativeId: n.initiativeId,
      verdict: n.verdict,
      briefSays: n.briefSays,
      recordSays: n.recordSays,
      sourceIds: ids(n.sources),
    })),
    sources: sources.map((s) => ({
      ...s,
      publishedOn: s.publishedOn ? toIsoDay(s.publishedOn) : null,
    })),
    changeEvents: [],
    previous: opts.previous,
  };
  const shown = reportSnapshot(input);
  const changes = await loadReportChangeEvents(
    prisma,
    reportChangeEventScope(input, shown),
    opts.changeEventLimit ?? MAX_REPORT_CHANGE_EVENTS,
  );
  return buildReportDocument({
    ...input,
    snapshot: shown,
    changeEvents: changes.events,
    changeEventsTotal: changes.total,
  });
}
