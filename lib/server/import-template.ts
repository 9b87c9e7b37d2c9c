import "server-only";
import type { PrismaClient } from "../db/client";
import { EXAMPLE_SLUG_PREFIX, writeImportCsv, type ImportCells } from "../domain/csv-import";
import { addDaysIso } from "../domain/dates";
import { getToday } from "./today";

/**
 * The template: the header row, one row creating a milestone and one updating a real one (its id
 * and current version). Both are marked as examples (initiative_slug "example-…"), so importing the
 * template unchanged writes nothing.
 */
export async function milestoneImportTemplate(prisma: PrismaClient): Promise<string> {
  const initiative =
    (await prisma.initiative.findUnique({
      where: { slug: "ksfta-upgrade" },
      include: { sources: { take: 1 } },
    })) ??
    (await prisma.initiative.findFirst({
      orderBy: { position: "asc" },
      include: { sources: { take: 1 } },
    }));
  const workstream =
    initiative &&
    (await prisma.workstream.findFirst({
      where: { initiativeId: initiative.id },
      orderBy: { position: "asc" },
    }));
  const milestone =
    initiative &&
    (await prisma.milestone.findFirst({
      where: {
        initiativeId: initiative.id,
        OR: [{ status: "not_started" }, { status: "in_progress", percentComplete: { lt: 80 } }],
      },
      orderBy: { position: "asc" },
    }));
  const today = getToday();
  const slug = `${EXAMPLE_SLUG_PREFIX}${initiative?.slug ?? "ksfta-upgrade"}`;
  const create: ImportCells = {
    initiative_slug: slug,
    title: "Example: chief negotiators' round on the upgrade text",
    description: "Replace this example row with your own milestone.",
    side: "joint",
    workstream: workstream?.name,
    baseline_date: addDaysIso(today, 30),
    weight: "1",
    provenance: "planned_estimate",
    reason: "Example: round announced by the trade ministries.",
    confidence: "low",
  };
  const update: ImportCells = {
    initiative_slug: slug,
    milestone_id: milestone?.id ?? "replace-with-a-milestone-id",
    version: String(milestone?.version ?? 1),
    status: "in_progress",
    percent_complete: String(
      milestone?.status === "in_progress" ? milestone.percentComplete + 20 : 25,
    ),
    reason: "Example: progress reported by the trade ministry.",
    effective_date: today,
    evidence_url: initiative?.sources[0]?.url,
    confidence: "medium",
  };
  return writeImportCsv([create, update]);
}
