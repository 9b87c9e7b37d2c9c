import "server-only";
import type { PrismaClient } from "../../db/client";
import { dayToDate } from "../../domain/dates";
import { AppError } from "../../errors";
import type { Actor } from "../../views/actor";
import type { PublishedReportView } from "../../views/report";
import { getToday } from "../today";
import { initiativeTitles, latestPublishedDocument, toView } from "./archive";
import { fingerprint, freeze } from "./fingerprint";
import { loadReportDocument } from "./load-report-document";
import { newReportId } from "./report-id";
import { assertKnownWorkstream, parsePublishBody } from "./report-request";

/** Held while a report is stored, so two publications never both follow the same previous one. */
const PUBLISH_LOCK = 4_242_010;
const ATTEMPTS = 3;

/**
 * Publishes a report: builds the document with the changes since the latest report published for
 * the same scope, freezes it (the document itself, never a query to rerun) with the SHA-256 of its
 * canonical JSON, and stores it in one transaction. Should another report of that scope be
 * published meanwhile, the document is rebuilt against it.
 */
export async function publishReport(
  prisma: PrismaClient,
  actor: Actor,
  body: unknown,
): Promise<PublishedReportView> {
  const request = parsePublishBody(body, getToday());
  await assertKnownWorkstream(prisma, request.filters);
  const scope = request.initiativeSlug ?? null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const previous = await latestPublishedDocument(prisma, scope);
    const id = newReportId();
    const publishedAt = new Date();
    const document = freeze(
      await loadReportDocument(prisma, {
        ...request,
        author: actor.name,
        status: "published",
        id,
        publishedAt,
        previous: previous?.document ?? null,
      }),
    );
    const sha256 = fingerprint(document);
    const row = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})::text AS locked`;
      const latest = await tx.report.findFirst({
        where: { scope },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if ((latest?.id ?? null) !== (previous?.id ?? null)) return null;
      return tx.report.create({
        data: {
          id,
          asOf: dayToDate(request.asOf),
          basis: request.basis,
          filters: request.filters,
          scope,
          document: document as object,
          sha256,
          publishedAt,
          publishedById: actor.id,
          publishedByLabel: actor.name,
        },
      });
    });
    if (row) return toView(row, await initiativeTitles(prisma, [row]));
  }
  throw new AppError(
    409,
    "Other reports for the same scope were being published at the same time; publish again.",
  );
}
