import "server-only";
import { z } from "zod";
import type { PrismaClient } from "../../db/client";
import { toIsoDay } from "../../domain/dates";
import type { ReportDocument } from "../../domain/report/document";
import type { ReplayBasis } from "../../domain/replay";
import { AppError, notFound } from "../../errors";
import type {
  PublishedReportView,
  ReportArchiveView,
  ReportFileFormat,
  ReportFiltersView,
  ReportVerificationView,
} from "../../views/report";
import { isReportId } from "./report-id";

type Db = Pick<PrismaClient, "report" | "initiative">;

const FORMATS: ReportFileFormat[] = ["pdf", "xlsx", "csv", "json", "pptx"];
const WHOLE_PORTFOLIO = "Whole portfolio";

/** Every column but the document, which the archive never needs. */
const SUMMARY = {
  id: true,
  asOf: true,
  basis: true,
  filters: true,
  scope: true,
  sha256: true,
  publishedAt: true,
  publishedByLabel: true,
} as const;
type ReportSummaryRow = {
  id: string;
  asOf: Date;
  basis: string;
  filters: unknown;
  scope: string | null;
  sha256: string;
  publishedAt: Date;
  publishedByLabel: string;
};

/** The archive, newest first. */
export async function listPublishedReports(prisma: Db): Promise<ReportArchiveView> {
  const rows = await prisma.report.findMany({
    select: SUMMARY,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  const titles = await initiativeTitles(prisma, rows);
  return { reports: rows.map((row) => toView(row, titles)) };
}

/** A published report with its frozen document, exactly as stored. */
export async function getPublishedReport(prisma: Db, id: string) {
  const row = isReportId(id) ? await prisma.report.findUnique({ where: { id } }) : null;
  if (!row) throw notFound(`Published report ${id}`);
  return { ...row, document: row.document as unknown as ReportDocument };
}

/** The document of the latest report published for `scope` (null: the whole portfolio). */
export async function latestPublishedDocument(
  prisma: Db,
  scope: string | null,
): Promise<{ id: string; document: ReportDocument } | null> {
  const row = await prisma.report.findFirst({
    where: { scope },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { id: true, document: true },
  });
  return row ? { id: row.id, document: row.document as unknown as ReportDocument } : null;
}

const ZVerifyQuery = z
  .object({
    sha256: z
      .string({ message: "Give the SHA-256 fingerprint: ?sha256= and 64 hexadecimal characters." })
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, "A SHA-256 fingerprint is 64 hexadecimal characters (0–9, a–f).")
      .transform((value) => value.toLowerCase()),
  })
  .strict();

/** Which published report a fingerprint belongs to; a 404 `{match: false}` when none does. */
export async function verifyReport(
  prisma: Db,
  params: Record<string, string>,
): Promise<ReportVerificationView> {
  const parsed = ZVerifyQuery.safeParse(params);
  if (!parsed.success) {
    const message = parsed.error.issues.find((i) => i.path[0] === "sha256")?.message;
    throw new AppError(400, message ?? "Only ?sha256= is accepted.", {
      fieldErrors: { sha256: [message ?? "Only ?sha256= is accepted."] },
    });
  }
  const row = await prisma.report.findUnique({
    where: { sha256: parsed.data.sha256 },
    select: SUMMARY,
  });
  if (!row) {
    throw new AppError(404, "No published report has this fingerprint.", { match: false });
  }
  return { match: true, report: toView(row, await initiativeTitles(prisma, [row])) };
}

export function reportDownloadPath(id: string, format: ReportFileFormat): string {
  return `/api/reports/${id}.${format}`;
}

export function toView(row: ReportSummaryRow, titles: Map<string, string>): PublishedReportView {
  return {
    id: row.id,
    asOf: toIsoDay(row.asOf),
    basis: row.basis as ReplayBasis,
    filters: row.filters as ReportFiltersView,
    scope: row.scope,
    scopeLabel: row.scope ? (titles.get(row.scope) ?? row.scope) : WHOLE_PORTFOLIO,
    sha256: row.sha256,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedByLabel,
    downloads: Object.fromEntries(
      FORMATS.map((format) => [format, reportDownloadPath(row.id, format)]),
    ) as Record<ReportFileFormat, string>,
  };
}

export async function initiativeTitles(prisma: Db, rows: { scope: string | null }[]) {
  const slugs = [...new Set(rows.flatMap((r) => (r.scope ? [r.scope] : [])))];
  if (slugs.length === 0) return new Map<string, string>();
  const initiatives = await prisma.initiative.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, title: true },
  });
  return new Map(initiatives.map((i) => [i.slug, i.title]));
}
