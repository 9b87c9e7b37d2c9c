import "server-only";
import type { PrismaClient } from "../../db/client";
import type { ReportDocument } from "../../domain/report/document";
import type { Actor } from "../../views/actor";
import { latestPublishedDocument } from "./archive";
import { loadReportDocument } from "./load-report-document";
import { assertKnownWorkstream, type ReportRequest } from "./report-request";

/**
 * A draft report for any day, built fresh from the database: nothing is stored. Its changes are
 * counted from the latest report published for the same scope, as the next published one's will be.
 */
export async function buildDraftReport(
  prisma: PrismaClient,
  actor: Actor,
  request: ReportRequest,
): Promise<ReportDocument> {
  await assertKnownWorkstream(prisma, request.filters);
  const previous = await latestPublishedDocument(prisma, request.initiativeSlug ?? null);
  return loadReportDocument(prisma, {
    ...request,
    author: actor.name,
    status: "draft",
    previous: previous?.document ?? null,
  });
}
