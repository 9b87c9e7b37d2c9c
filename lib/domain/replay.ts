import { movesProgress, nextEvidenced } from "./evidence";
import { milestoneProgress } from "./progress";
import {
  CREATED_FIELD,
  MILESTONE_STATE_FIELDS,
  type InitiativeState,
  type IsoDay,
  type MilestoneState,
} from "./types";

export type ReplayBasis = "effective" | "recorded";

/** The slice of a change event that replay needs. */
export type ReplayEvent = {
  entityType: "initiative" | "milestone";
  entityId: string;
  initiativeId: string;
  field: string;
  newValue: string | null;
  /** Needed only for fields whose first value was never recorded as an event (see as-of.ts). */
  oldValue?: string | null;
  effectiveDate: IsoDay;
  recordedAt: Date;
  /** `recordedAt`'s UTC day, when the loader worked it out once (replay reads it per day shown). */
  recordedDay?: IsoDay;
  /** The change's evidence link: what makes the progress it records evidenced (evidence.ts). */
  evidenceUrl?: string | null;
};

export type ReplayedMilestone = MilestoneState & { id: string; initiativeId: string };
export type ReplayedInitiative = InitiativeState & { id: string };

export type ReplayResult = {
  milestones: Map<string, ReplayedMilestone>;
  initiatives: Map<string, ReplayedInitiative>;
  /** Per milestone, the progress its changes' evidence links back (before provenance counts). */
  evidenced: Map<string, number>;
};

export const MILESTONE_FIELDS = new Set<string>(MILESTONE_STATE_FIELDS);
export const INITIATIVE_FIELDS = new Set<string>(["lifecycleStatus", "health"]);
const NUMERIC_FIELDS = new Set(["percentComplete", "weight"]);

/**
 * Whether an event belongs to the picture at `asOf`:
 * "effective" asks what was true in the world on that day (by effective date);
 * "recorded" asks what the team knew at the end of that day (by recorded time, UTC).
 */
export function isVisibleAsOf(
  event: Pick<ReplayEvent, "effectiveDate" | "recordedAt" | "recordedDay">,
  asOf: IsoDay,
  basis: ReplayBasis,
): boolean {
  if (basis === "effective") return event.effectiveDate <= asOf;
  return (event.recordedDay ?? event.recordedAt.toISOString().slice(0, 10)) <= asOf;
}

/**
 * Events in the order they took effect. On the same day an entity's creation comes first (a
 * change recorded sooner than the creation itself must not be lost); then by recorded time.
 */
export function compareEvents(a: ReplayEvent, b: ReplayEvent): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const aCreated = a.field === CREATED_FIELD ? 0 : 1;
  const bCreated = b.field === CREATED_FIELD ? 0 : 1;
  if (aCreated !== bCreated) return aCreated - bCreated;
  return a.recordedAt.getTime() - b.recordedAt.getTime();
}

/**
 * Rebuilds milestone and initiative state from change events alone. An entity exists once its
 * "created" event is visible; later events overwrite one field each.
 */
export function replay(
  events: ReplayEvent[],
  asOf: IsoDay,
  basis: ReplayBasis = "effective",
): ReplayResult {
  return replayOrdered([...events].sort(compareEvents), asOf, basis);
}

/** `replay` for events already in `compareEvents` order. */
function replayOrdered(ordered: ReplayEvent[], asOf: IsoDay, basis: ReplayBasis): ReplayResult {
  const result: ReplayResult = emptyState();
  for (const event of ordered) if (isVisibleAsOf(event, asOf, basis)) applyEvent(result, event);
  return result;
}

function emptyState(): ReplayResult {
  return { milestones: new Map(), initiatives: new Map(), evidenced: new Map() };
}

function applyEvent(state: ReplayResult, event: ReplayEvent) {
  if (event.entityType !== "milestone") return applyInitiativeEvent(state.initiatives, event);
  applyMilestoneEvent(state.milestones, event);
  const after = state.milestones.get(event.entityId);
  if (after && movesProgress(event)) {
    const before = state.evidenced.get(event.entityId) ?? 0;
    state.evidenced.set(
      event.entityId,
      nextEvidenced(before, milestoneProgress(after), event.evidenceUrl),
    );
  }
}

function applyMilestoneEvent(milestones: ReplayResult["milestones"], event: ReplayEvent) {
  if (event.field === CREATED_FIELD) {
    const initial = JSON.parse(event.newValue ?? "{}") as MilestoneState;
    milestones.set(event.entityId, {
      ...pickMilestoneState(initial),
      id: event.entityId,
      initiativeId: event.initiativeId,
    });
    return;
  }
  const current = milestones.get(event.entityId);
  if (!current || !MILESTONE_FIELDS.has(event.field)) return;
  (current as Record<string, unknown>)[event.field] = decodeValue(event.field, event.newValue);
}

function applyInitiativeEvent(initiatives: ReplayResult["initiatives"], event: ReplayEvent) {
  if (event.field === CREATED_FIELD) {
    const initial = JSON.parse(event.newValue ?? "{}") as InitiativeState;
    initiatives.set(event.entityId, {
      lifecycleStatus: initial.lifecycleStatus,
      health: initial.health,
      id: event.entityId,
    });
    return;
  }
  const current = initiatives.get(event.entityId);
  if (!current || !INITIATIVE_FIELDS.has(event.field)) return;
  (current as Record<string, unknown>)[event.field] = event.newValue;
}

/** Just the replayed fields of a milestone, whatever else the object carries. */
export function pickMilestoneState(s: MilestoneState): MilestoneState {
  return {
    status: s.status,
    percentComplete: s.percentComplete,
    baselineDate: s.baselineDate,
    plannedDate: s.plannedDate,
    actualDate: s.actualDate ?? null,
    side: s.side,
    weight: s.weight,
  };
}

/** Change events store every value as text; numbers are decoded here, dates stay ISO days. */
export function decodeValue(field: string, value: string | null): unknown {
  if (value === null) return null;
  return NUMERIC_FIELDS.has(field) ? Number(value) : value;
}

export function encodeValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A list (an initiative's leads) is recorded as a JSON array, so no name can split it.
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** A list field's value as recorded by `encodeValue`; empty when nothing was recorded. */
export function decodeList(value: string | null): string[] {
  if (!value) return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * Replays once for many days (ascending), calling `visit` with the state on each. By effective
 * date the events are applied incrementally; "as known on" replays each day afresh, since a late
 * record can reorder earlier history. `visit` must read the state right away: it keeps changing.
 */
export function replayEachDay(
  events: ReplayEvent[],
  days: IsoDay[],
  basis: ReplayBasis,
  visit: (day: IsoDay, state: ReplayResult) => void,
): void {
  const ordered = [...events].sort(compareEvents);
  if (basis === "recorded") {
    for (const day of days) visit(day, replayOrdered(ordered, day, "recorded"));
    return;
  }
  const state = emptyState();
  let next = 0;
  for (const day of days) {
    for (; next < ordered.length && ordered[next].effectiveDate <= day; next++)
      applyEvent(state, ordered[next]);
    visit(day, state);
  }
}
