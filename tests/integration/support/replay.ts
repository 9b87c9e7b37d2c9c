import { expect } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import { toIsoDay } from "@/lib/domain/dates";
import { INITIATIVE_FIELDS, replay, type ReplayEvent } from "@/lib/domain/replay";
import { MILESTONE_STATE_FIELDS, type IsoDay } from "@/lib/domain/types";

// What replay rebuilds of each row; calendar days stored as dates compare as ISO days.
const MILESTONE_STATE = ["id", "initiativeId", ...MILESTONE_STATE_FIELDS];
const INITIATIVE_STATE = ["id", ...INITIATIVE_FIELDS];

function pick(row: object, fields: string[]): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => [f, values[f] instanceof Date ? toIsoDay(values[f] as Date) : values[f]]),
  );
}

/** Every stored change event, as replay reads them. */
export async function storedReplayEvents(prisma: PrismaClient): Promise<ReplayEvent[]> {
  return (await prisma.changeEvent.findMany()).map((e) => ({
    ...e,
    entityId: e.milestoneId ?? e.initiativeId,
    effectiveDate: toIsoDay(e.effectiveDate),
  }));
}

/**
 * Replays every stored event to `asOf` and expects exactly the stored milestones and initiatives:
 * the same ids, and the same state field by field. Answers how many milestones it compared.
 */
export async function expectStoredRowsToEqualReplay(prisma: PrismaClient, asOf: IsoDay) {
  const state = replay(await storedReplayEvents(prisma), asOf);
  const milestones = await prisma.milestone.findMany();
  const initiatives = await prisma.initiative.findMany();
  expect(state.milestones).toEqual(
    new Map(milestones.map((m) => [m.id, pick(m, MILESTONE_STATE)])),
  );
  expect(state.initiatives).toEqual(
    new Map(initiatives.map((i) => [i.id, pick(i, INITIATIVE_STATE)])),
  );
  return milestones.length;
}
