import "server-only";
import type { PrismaClient, Tx } from "../db/client";
import { diffFields, type FieldChange } from "../domain/change-set";
import type { IsoDay } from "../domain/types";
import { AppError } from "../errors";
import {
  CREATE_ONLY,
  importColumnOf,
  parseMilestoneImport,
  problemsMessage,
  rowProblems,
  type ImportAction,
  type ImportRow,
} from "../validation/import";
import {
  MILESTONE_PATCH_FIELDS,
  type MilestonePatch,
  type NewMilestone,
} from "../validation/milestone";
import type { Actor } from "../views/actor";
import type { ImportFieldChange, ImportPreview, ImportResult } from "../views/import";
import { EXPORT_INCLUDE, exportedCells, type ExportedMilestone } from "./import-export";
import {
  applyMilestonePatch,
  initialMilestoneState,
  insertMilestone,
  milestoneStateOf,
  planMilestonePatch,
} from "./milestones";
import { getToday } from "./today";

type Step = {
  line: number;
  initiativeId: string;
  action: ImportAction;
  slug: string;
  title: string;
  changes: ImportFieldChange[];
  events: number;
};
type CheckedImport = { steps: Step[]; unchanged: number };

/** What confirming the file would write, row by row, old → new; writes nothing. */
export async function previewMilestoneImport(
  prisma: PrismaClient,
  text: string,
): Promise<ImportPreview> {
  const { steps, unchanged } = await checkImport(prisma, text, getToday());
  return {
    created: steps.filter((s) => s.action.kind === "create").length,
    updated: steps.filter((s) => s.action.kind === "update").length,
    unchanged,
    events: steps.reduce((sum, s) => sum + s.events, 0),
    rows: steps.map(({ line, action, slug, title, changes }) => ({
      line,
      kind: action.kind,
      initiativeSlug: slug,
      milestoneId: action.kind === "update" ? action.milestoneId : null,
      title,
      changes,
    })),
  };
}

/**
 * Imports a whole file or nothing: every row is checked, on its own and against the database,
 * before anything is written; then all rows land in one transaction, each change as change events.
 * Rows that repeat the milestone as it is (an untouched exported row) are skipped.
 */
export async function importMilestonesCsv(
  prisma: PrismaClient,
  actor: Actor,
  text: string,
): Promise<ImportResult> {
  const today = getToday();
  const { steps, unchanged } = await checkImport(prisma, text, today);
  if (!steps.length)
    throw new AppError(
      400,
      `Every row matches the milestone as it is (${unchanged} unchanged); nothing was imported.`,
    );
  // Up to 2,000 rows of several statements each: far beyond Prisma's 5-second default.
  const result = await prisma.$transaction((tx) => applySteps(tx, actor, steps, today), {
    maxWait: 10_000,
    timeout: 120_000,
  });
  return { ...result, unchanged };
}

/** The file's rows checked and planned; any problem refuses the whole file with every row's problems. */
async function checkImport(
  prisma: PrismaClient,
  text: string,
  today: IsoDay,
): Promise<CheckedImport> {
  const parsed = parseMilestoneImport(text, today);
  if (!parsed.ok) throw new AppError(400, parsed.message, { rows: parsed.problems });
  const checked = await checkAgainstDatabase(prisma, parsed.rows);
  const problems = rowProblems(parsed.rows);
  if (problems.length)
    throw new AppError(400, problemsMessage(problems.length), { rows: problems });
  return checked;
}

async function checkAgainstDatabase(
  prisma: PrismaClient,
  rows: ImportRow[],
): Promise<CheckedImport> {
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
    include: EXPORT_INCLUDE,
  });
  const bySlug = new Map(initiatives.map((i) => [i.slug, i]));
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const checked: CheckedImport = { steps: [], unchanged: 0 };
  for (const row of rows) {
    const initiative = row.slug ? bySlug.get(row.slug) : undefined;
    if (row.slug && !initiative)
      row.errors.push(`initiative_slug: no initiative has the slug "${row.slug}".`);
    let planned: Pick<Step, "title" | "changes" | "events"> | null = null;
    if (row.milestoneId) {
      const milestone = byId.get(row.milestoneId);
      if (!milestone)
        row.errors.push(`milestone_id: no milestone has the id "${row.milestoneId}".`);
      else if (initiative && milestone.initiativeId !== initiative.id) {
        row.errors.push(
          `milestone_id: this milestone belongs to initiative "${milestone.initiative.slug}", not "${row.slug}".`,
        );
      } else {
        row.errors.push(...referenceMismatches(row, milestone));
        if (row.action?.kind === "update" && !row.errors.length) {
          planned = planUpdate(row, milestone, row.action);
          if (!planned && !row.errors.length) checked.unchanged += 1;
        }
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
    if (row.action?.kind === "create" && !row.errors.length)
      planned = planCreate(row, row.action.milestone, row.action.followUp);
    if (row.errors.length || !row.action || !initiative || !planned) row.action = null;
    else
      checked.steps.push({
        line: row.line,
        initiativeId: initiative.id,
        action: row.action,
        slug: initiative.slug,
        ...planned,
      });
  }
  return checked;
}

/** The update's changes, or null when the row repeats the milestone as it is (then its version does not matter). */
function planUpdate(
  row: ImportRow,
  milestone: ExportedMilestone,
  action: Extract<ImportAction, { kind: "update" }>,
) {
  const state = milestoneStateOf(milestone);
  if (!diffFields(state, action.patch, MILESTONE_PATCH_FIELDS).length) return null;
  if (row.version !== undefined && row.version !== milestone.version) {
    row.errors.push(
      `version: this row is based on version ${row.version}, but the milestone is now at version ${milestone.version}: someone changed it since. Check its history, then use version ${milestone.version}.`,
    );
    return null;
  }
  row.errors.push(...row.ifChanged);
  const plan = checkPlan(row, planMilestonePatch(state, action.patch));
  return plan && { title: milestone.title, changes: plan, events: plan.length };
}

/** A new milestone's fields, then the progress recorded as its second change. */
function planCreate(row: ImportRow, milestone: NewMilestone, followUp: MilestonePatch | null) {
  const fields: [string, string | null | undefined][] = [
    ["title", milestone.title],
    ["description", milestone.description || null],
    ["side", milestone.side],
    ["workstream", milestone.workstream],
    ["baselineDate", milestone.baselineDate],
    ["plannedDate", milestone.plannedDate ?? milestone.baselineDate],
    ["weight", String(milestone.weight)],
    ["provenance", milestone.provenance],
  ];
  const created = fields.flatMap(([field, to]) =>
    to ? [{ field: importColumnOf(field), from: null, to }] : [],
  );
  const progress = followUp
    ? checkPlan(row, planMilestonePatch(initialMilestoneState(milestone), followUp))
    : [];
  return (
    progress && {
      title: milestone.title,
      changes: [...created, ...progress],
      events: 1 + progress.length,
    }
  );
}

/** An update row may repeat the milestone's create-only columns (as exported), never change them. */
function referenceMismatches(row: ImportRow, milestone: ExportedMilestone): string[] {
  const current = exportedCells(milestone);
  return CREATE_ONLY.flatMap((column) => {
    const given = row.reference[column];
    const now = current[column] ?? "";
    if (given === undefined || comparable(given) === comparable(now)) return [];
    return [
      `${column}: an update row cannot change it; the milestone's is ${now ? `"${now}"` : "empty"}. Leave the cell as exported, or empty.`,
    ];
  });
}

// Spreadsheets may save a line break inside a cell as CRLF.
const comparable = (value: string) => value.replace(/\r\n?/g, "\n").trim();

const PLAN_COLUMNS: Record<string, string> = {
  actualDate: "actual_date",
  evidenceUrl: "evidence_url",
};

/** The plan's changes named by column, or null with the broken rule added to the row. */
function checkPlan(
  row: ImportRow,
  plan: ReturnType<typeof planMilestonePatch>,
): ImportFieldChange[] | null {
  if (plan.ok) return plan.changes.map(previewChange);
  const column = PLAN_COLUMNS[plan.field];
  row.errors.push(column ? `${column}: ${plan.message}` : plan.message);
  return null;
}

function previewChange({ field, oldValue, newValue }: FieldChange): ImportFieldChange {
  return { field: importColumnOf(field), from: oldValue, to: newValue };
}

async function applySteps(
  tx: Tx,
  actor: Actor,
  steps: Step[],
  today: IsoDay,
): Promise<Omit<ImportResult, "unchanged">> {
  const result = { created: 0, updated: 0, events: 0 };
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

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
