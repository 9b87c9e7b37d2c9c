import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import { fieldValueAsOf, type FieldChangeEvent, type ReplayBasis } from "../domain/replay";
import type { IsoDay } from "../domain/types";

export const WINDOW_FIELDS = [
  "targetStart",
  "targetEnd",
  "targetLabel",
  "targetNote",
  "summary",
] as const;
type WindowField = (typeof WINDOW_FIELDS)[number];
type Values = Record<WindowField, string | null>;

/**
 * An initiative's target window and summary as they stood on `asOf`, for each initiative given
 * with today's values. One query for all of them.
 */
export async function initiativeFieldsAsOf(
  prisma: PrismaClient,
  current: Map<string, Values>,
  asOf: IsoDay,
  basis: ReplayBasis,
): Promise<Map<string, Values>> {
  const rows = await prisma.changeEvent.findMany({
    where: {
      entityType: "initiative",
      initiativeId: { in: [...current.keys()] },
      field: { in: [...WINDOW_FIELDS] },
    },
    select: {
      initiativeId: true,
      field: true,
      oldValue: true,
      newValue: true,
      effectiveDate: true,
      recordedAt: true,
    },
  });
  const result = new Map<string, Values>();
  for (const [id, values] of current) {
    const past = { ...values };
    for (const field of WINDOW_FIELDS) {
      const changes: FieldChangeEvent[] = rows
        .filter((r) => r.initiativeId === id && r.field === field)
        .map((r) => ({ ...r, effectiveDate: toIsoDay(r.effectiveDate) }));
      past[field] = fieldValueAsOf(changes, asOf, basis, values[field]);
    }
    result.set(id, past);
  }
  return result;
}
