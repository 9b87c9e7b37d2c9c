import "server-only";
import type { PrismaClient } from "../db/client";
import type { Milestone } from "../generated/prisma/client";
import { writeImportCsv, type ImportCells } from "../domain/csv-import";
import { toIsoDay } from "../domain/dates";
import { notFound } from "../errors";

export type ExportedMilestone = Milestone & {
  initiative: { slug: string };
  workstream: { name: string } | null;
};

/** What the export writes for a milestone: every column but the change's own (reason and the rest). */
export function exportedCells(m: ExportedMilestone): ImportCells {
  return {
    initiative_slug: m.initiative.slug,
    milestone_id: m.id,
    version: String(m.version),
    title: m.title,
    description: m.description,
    side: m.side,
    workstream: m.workstream?.name,
    baseline_date: toIsoDay(m.baselineDate),
    planned_date: toIsoDay(m.plannedDate),
    actual_date: m.actualDate ? toIsoDay(m.actualDate) : undefined,
    status: m.status,
    percent_complete: String(m.percentComplete),
    weight: String(m.weight),
    provenance: m.provenance,
  };
}

export const EXPORT_INCLUDE = {
  initiative: { select: { slug: true } },
  workstream: { select: { name: true } },
} as const;

/**
 * Every milestone's current row (of one initiative, or all) in the import's layout, ready to edit
 * and import again: ids and versions filled in, `reason` left for the analyst.
 */
export async function exportMilestonesCsv(
  prisma: PrismaClient,
  initiativeSlug?: string,
): Promise<string> {
  if (initiativeSlug && !(await prisma.initiative.findUnique({ where: { slug: initiativeSlug } })))
    throw notFound("Initiative");
  const milestones = await prisma.milestone.findMany({
    where: initiativeSlug ? { initiative: { slug: initiativeSlug } } : undefined,
    include: EXPORT_INCLUDE,
    orderBy: [{ initiative: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
  });
  return writeImportCsv(milestones.map(exportedCells));
}
