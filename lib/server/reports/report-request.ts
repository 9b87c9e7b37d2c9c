import "server-only";
import { z, type ZodError } from "zod";
import type { PrismaClient } from "../../db/client";
import type { SnapshotFilters } from "../../domain/portfolio-snapshot";
import type { ReplayBasis } from "../../domain/replay";
import type { IsoDay } from "../../domain/types";
import { AppError } from "../../errors";
import { zPortfolioQuery } from "../../validation/dashboard";
import { ZSlug } from "../../validation/portfolio";

/** What a report is built for: the dashboard's as-of view and filters, optionally one initiative. */
export type ReportRequest = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  initiativeSlug?: string;
};

/** The dashboard's own query (without "changes since"), plus `initiative` for one initiative. */
function zReportQuery(today: IsoDay) {
  return zPortfolioQuery(today).omit({ since: true }).extend({ initiative: ZSlug.optional() });
}

function zPublishBody(today: IsoDay) {
  const { asOf, basis, kind, health, side, workstream } = zPortfolioQuery(today).shape;
  return z
    .object({
      asOf,
      basis,
      filters: z.object({ kind, health, side, workstream }).strict().optional(),
      initiative: ZSlug.optional(),
    })
    .strict();
}

/** `?asOf=&basis=&kind=&health=&side=&workstream=&initiative=`, strictly: any bad value is a 400. */
export function parseReportQuery(params: Record<string, string>, today: IsoDay): ReportRequest {
  const parsed = zReportQuery(today).safeParse(params);
  if (!parsed.success) throw invalid(parsed.error);
  const { asOf, basis, initiative, ...filters } = parsed.data;
  return toRequest({ asOf, basis, initiative, filters }, today);
}

/** The body of `POST /api/reports`: `{asOf?, basis?, filters?, initiative?}`. */
export function parsePublishBody(body: unknown, today: IsoDay): ReportRequest {
  const parsed = zPublishBody(today).safeParse(body);
  if (!parsed.success) throw invalid(parsed.error);
  return toRequest({ ...parsed.data, filters: parsed.data.filters ?? {} }, today);
}

function toRequest(
  input: { asOf?: IsoDay; basis: ReplayBasis; initiative?: string; filters: SnapshotFilters },
  today: IsoDay,
): ReportRequest {
  const filters = Object.fromEntries(
    Object.entries(input.filters).filter(([, value]) => value !== undefined),
  ) as SnapshotFilters;
  return {
    asOf: input.asOf ?? today,
    basis: input.basis,
    filters,
    ...(input.initiative ? { initiativeSlug: input.initiative } : {}),
  };
}

/** A workstream filter must name one that exists: an unknown one would silently empty the report. */
export async function assertKnownWorkstream(prisma: PrismaClient, filters: SnapshotFilters) {
  if (!filters.workstream) return;
  const found = await prisma.workstream.findFirst({ where: { name: filters.workstream } });
  if (!found) {
    const message = `There is no workstream called "${filters.workstream}".`;
    throw new AppError(400, message, { fieldErrors: { workstream: [message] } });
  }
}

/** A 400 whose message names each refused parameter, so a person reading it knows what to fix. */
function invalid(error: ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.code === "unrecognized_keys" ? "_" : issue.path.map(String).join(".") || "_";
    const message =
      issue.code === "unrecognized_keys"
        ? `Unknown parameter${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}.`
        : issue.message;
    (fieldErrors[key] ??= []).push(message);
  }
  const sentences = Object.entries(fieldErrors).map(([key, messages]) =>
    key === "_" || messages[0].startsWith(key) ? messages[0] : `${key}: ${messages[0]}`,
  );
  return new AppError(400, `The report cannot be built: ${sentences.join(" ")}`, { fieldErrors });
}
