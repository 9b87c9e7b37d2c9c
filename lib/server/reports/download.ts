import "server-only";
import type { PrismaClient } from "../../db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../views/actor";
import { getToday } from "../today";
import { getPublishedReport } from "./archive";
import { buildDraftReport } from "./draft";
import { isReportId } from "./report-id";
import { parseReportQuery } from "./report-request";
import { REPORT_FORMATS, renderReport, reportFileName, type ReportFormat } from "./render";

/** A rendered report, ready to be sent as an attachment. */
export type ReportFile = {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  /** A published report never changes; a draft is rebuilt on every request. */
  published: boolean;
};

/**
 * `status.<format>`: a draft for the query's as-of view and filters, built now.
 * `<id>.<format>`: a published report, rendered from its frozen document and fingerprint, so
 * every download carries the same content whatever has changed since.
 */
export async function reportDownload(
  prisma: PrismaClient,
  actor: Actor,
  file: string,
  params: Record<string, string>,
): Promise<ReportFile> {
  const { name, format } = parseReportFile(file);
  if (name === "status") {
    const document = await buildDraftReport(prisma, actor, parseReportQuery(params, getToday()));
    return rendered(
      await renderReport(document, format),
      reportFileName(document, format),
      format,
      false,
    );
  }
  const report = await getPublishedReport(prisma, name);
  const bytes = await renderReport(report.document, format, { sha256: report.sha256 });
  return rendered(bytes, reportFileName(report.document, format), format, true);
}

function rendered(bytes: Buffer, fileName: string, format: ReportFormat, published: boolean) {
  return { bytes, fileName, contentType: REPORT_FORMATS[format].contentType, published };
}

/** `<name>.<format>`, where name is "status" (a draft) or a published report's id. */
export function parseReportFile(file: string): { name: string; format: ReportFormat } {
  const match = /^([a-z0-9]+)\.([a-z]+)$/.exec(file);
  const format = match?.[2];
  if (!match || !format || !Object.hasOwn(REPORT_FORMATS, format)) throw unknownFile(file);
  const name = match[1];
  if (name !== "status" && !isReportId(name)) throw unknownFile(file);
  return { name, format: format as ReportFormat };
}

function unknownFile(file: string) {
  const formats = Object.keys(REPORT_FORMATS).join(", ");
  return new AppError(
    404,
    `There is no report file "${file.slice(0, 80)}": ask for status.<format> (a draft) or <report id>.<format> (a published report), where format is one of ${formats}.`,
  );
}
