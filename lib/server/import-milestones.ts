import "server-only";
import Papa from "papaparse";
import type { PrismaClient, Tx } from "../db/client";
import { IMPORT_COLUMNS, type ImportColumn } from "../domain/csv-import";
import { addDaysIso } from "../domain/dates";
import { getToday } from "./today";
import type { IsoDay } from "../domain/types";
import { AppError } from "../errors";
import {
  parseMilestoneImport,
  problemsMessage,
  rowProblems,
  type ImportAction,
  type ImportRow,
} from "../validation/import";
import type { Actor } from "../views/actor";
import type { ImportResult } from "../views/import";
import {
  applyMilestonePatch,
  initialMilestoneState,
  insertMilestone,
  milestoneStateOf,
  planMilestonePatch,
} from "./milestones";

type Step = { line: number; initiativeId: string; action: ImportAction };

/**
 * Imports a whole file or nothing: every row is checked, on its own and against the database,
 * before anything is written; then all rows land in one transaction, each change as change events.
 */
export async function importMilestonesCsv(
  prisma: PrismaClient,
  actor: Actor,
  text: string,
): Promise<ImportResult> {
  const today = getToday();
  const parsed = parseMilestoneImport(text, today);
  if (!parsed.ok) throw new AppError(400, parsed.message, { rows: parsed.problems });
  const steps = await checkAgainstDatabase(prisma, parsed.rows);
  const problems = rowProblems(parsed.rows);
  if (problems.length)
    throw new AppError(400, problemsMessage(problems.length), { rows: problems });
  // Up to 2,000 rows of several statements each: far beyond Prisma's 5-second default.
  return prisma.$transaction((tx) => applySteps(tx, actor, steps, today), {
    maxWait: 10_000,
    timeout: 120_000,
  });
}

async function checkAgainstDatabase(prisma: PrismaClient, rows: ImportRow[]): Promise<Step[]> {
  const initiatives = await prisma.initiative.findMany({
    where: { slug: { in: distinct(rows.map((row) => row.slug)) } },
    select: {
      id: true,
      slug: true,
      workstreams: { select: { name: true }, orderBy: { position: "asc" } },
    },
  });
  const milestones = await prisma.milestone.findMany({
    where: { id: { in: distinct(rows.map((row) => row.milestoneId)) } },
    include: { initiative: { select: { slug: true } } },
  });
  const bySlug = new Map(initiatives.map((i) => [i.slug, i]));
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const steps: Step[] = [];
  for (const row of rows) {
    const initiative = row.slug ? bySlug.get(row.slug) : undefined;
    if (row.slug && !initiative)
      row.errors.push(`initiative_slug: no initiative has the slug "${row.slug}".`);
    if (row.milestoneId) {
      const milestone = byId.get(row.milestoneId);
      if (!milestone)
        row.errors.push(`milestone_id: no milestone has the id "${row.milestoneId}".`);
      else if (initiative && milestone.initiativeId !== initiative.id) {
        row.errors.push(
          `milestone_id: this milestone belongs to initiative "${milestone.initiative.slug}", not "${row.slug}".`,
        );
      } else if (row.version !== undefined && row.version !== milestone.version) {
        row.errors.push(
          `version: this row is based on version ${row.version}, but the milestone is now at version ${milestone.version}: someone changed it since. Check its history, then use version ${milestone.version}.`,
        );
      } else if (row.action?.kind === "update" && !row.errors.length) {
        checkPlan(row, planMilestonePatch(milestoneStateOf(milestone), row.action.patch));
      }
    } else if (
      initiative &&
      row.workstream &&
      !initiative.workstreams.some((w) => w.name === row.workstream)
    ) {
      const names = initiative.workstreams.map((w) => `"${w.name}"`).join(", ") || "none";
      row.errors.push(
        `workstream: initiative "${initiative.slug}" has no workstream named "${row.workstream}" (it has: ${names}).`,
      );
    }
    if (row.action?.kind === "create" && row.action.followUp && !row.errors.length) {
      checkPlan(
        row,
        planMilestonePatch(initialMilestoneState(row.action.milestone), row.action.followUp),
      );
    }
    if (row.errors.length || !row.action || !initiative) row.action = null;
    else steps.push({ line: row.line, initiativeId: initiative.id, action: row.action });
  }
  return steps;
}

const PLAN_COLUMNS: Record<string, ImportColumn> = {
  actualDate: "actual_date",
  evidenceUrl: "evidence_url",
};

function checkPlan(row: ImportRow, plan: ReturnType<typeof planMilestonePatch>) {
  if (plan.ok) return;
  const column = PLAN_COLUMNS[plan.field];
  row.errors.push(column ? `${column}: ${plan.message}` : plan.message);
}

async function applySteps(
  tx: Tx,
  actor: Actor,
  steps: Step[],
  today: IsoDay,
): Promise<ImportResult> {
  const result: ImportResult = { created: 0, updated: 0, events: 0 };
  for (const { line, initiativeId, action } of steps) {
    try {
      if (action.kind === "create") {
        const created = await insertMilestone(tx, actor, initiativeId, action.milestone);
        result.created += 1;
        result.events += 1;
        if (action.followUp)
          result.events += (
            await applyMilestonePatch(tx, actor, created.id, action.followUp, today)
          ).length;
      } else {
        result.events += (
          await applyMilestonePatch(tx, actor, action.milestoneId, action.patch, today)
        ).length;
        result.updated += 1;
      }
    } catch (error) {
      // Only a change made between the checks and the writes gets here; the transaction undoes every row.
      if (error instanceof AppError) {
        throw new AppError(
          error.status,
          `Line ${line}: ${error.message} Nothing was imported.`,
          { rows: [{ line, errors: [error.message] }] },
          error.code,
        );
      }
      throw error;
    }
  }
  return result;
}

/** The template: the header row, one row creating a milestone and one updating a real one (its id and current version). */
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
  const slug = initiative?.slug ?? "ksfta-upgrade";
  const create: Partial<Record<ImportColumn, string>> = {
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
  const update: Partial<Record<ImportColumn, string>> = {
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
  const data = [create, update].map((row) => IMPORT_COLUMNS.map((column) => row[column] ?? ""));
  // The byte-order mark makes Excel read the file as UTF-8 (names such as "Korea–Singapore").
  return `\uFEFF${Papa.unparse({ fields: [...IMPORT_COLUMNS], data })}\r\n`;
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
