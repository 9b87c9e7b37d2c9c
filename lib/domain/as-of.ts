import { slippageDays } from "./milestones";
import { isVisibleAsOf, pickMilestoneState, type ReplayBasis, type ReplayEvent } from "./replay";
import type { IsoDay, MilestoneState } from "./types";

/**
 * Initiative fields whose first value was never recorded as an event: the target window, the
 * summary, and the leads (lists, recorded as JSON arrays by `encodeValue`).
 */
export const WINDOW_FIELDS = [
  "targetStart",
  "targetEnd",
  "targetLabel",
  "targetNote",
  "summary",
  "koreaLeads",
  "singaporeLeads",
] as const;
export type WindowField = (typeof WINDOW_FIELDS)[number];
export type WindowValues = Partial<Record<WindowField, string | null>>;
const MAY_BE_EMPTY = new Set<WindowField>(["targetNote"]);

export type FieldChangeEvent = Pick<ReplayEvent, "effectiveDate" | "recordedAt" | "newValue"> & {
  oldValue: string | null;
};
export type FieldChanges = Map<WindowField, FieldChangeEvent[]>;

/**
 * A recorded field's value on `asOf` from its own change events: the last change visible by then,
 * else the value the first later change replaced, else the value today.
 */
export function fieldValueAsOf(
  changes: FieldChangeEvent[],
  asOf: IsoDay,
  basis: ReplayBasis,
  current: string | null,
): string | null {
  const ordered = [...changes].sort((a, b) =>
    a.effectiveDate === b.effectiveDate
      ? a.recordedAt.getTime() - b.recordedAt.getTime()
      : a.effectiveDate < b.effectiveDate
        ? -1
        : 1,
  );
  const visible = ordered.filter((c) => isVisibleAsOf(c, asOf, basis));
  if (visible.length) return visible[visible.length - 1].newValue;
  const firstLater = ordered.find((c) => !isVisibleAsOf(c, asOf, basis));
  // An empty old value is a real past value (no note yet), not a reason to show today's.
  return firstLater ? firstLater.oldValue : current;
}

/** Each initiative's changes to its window fields, grouped once for any number of look-ups. */
export function groupFieldChanges(events: ReplayEvent[]): Map<string, FieldChanges> {
  const fields = new Set<string>(WINDOW_FIELDS);
  const grouped = new Map<string, FieldChanges>();
  for (const e of events) {
    if (e.entityType !== "initiative" || !fields.has(e.field)) continue;
    const own = grouped.get(e.initiativeId) ?? new Map<WindowField, FieldChangeEvent[]>();
    grouped.set(e.initiativeId, own);
    const list = own.get(e.field as WindowField) ?? [];
    own.set(e.field as WindowField, list);
    list.push({ ...e, oldValue: e.oldValue ?? null });
  }
  return grouped;
}

/** Today's window fields as they stood on `asOf`; a field that cannot be empty keeps today's value. */
export function fieldsAsOf<T extends WindowValues>(
  current: T,
  changes: FieldChanges | undefined,
  asOf: IsoDay,
  basis: ReplayBasis,
): T {
  const past: WindowValues = { ...current };
  for (const field of Object.keys(current) as WindowField[]) {
    const value = fieldValueAsOf(changes?.get(field) ?? [], asOf, basis, current[field] ?? null);
    past[field] = value ?? (MAY_BE_EMPTY.has(field) ? null : current[field]);
  }
  return past as T;
}

/** A milestone row carrying its replayed state instead of today's, with the slippage of that state. */
export function withReplayedState<T extends object>(
  row: T,
  state: MilestoneState,
): T & MilestoneState & { slippageDays: number } {
  return { ...row, ...pickMilestoneState(state), slippageDays: slippageDays(state) };
}
