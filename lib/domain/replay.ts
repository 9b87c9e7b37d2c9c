import { movesProgress, nextEvidenced } from "./evidence";
import { groupBy } from "./group-by";
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
  return recordedDayOf(event) <= asOf;
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
  events: readonly ReplayEvent[],
  asOf: IsoDay,
  basis: ReplayBasis = "effective",
): ReplayResult {
  return replayOrdered(inReplayOrder(events), asOf, basis);
}

/**
 * `events` in `compareEvents` order: the list itself when it already is (checking costs one
 * comparison per event; sorting a copy, many), else a sorted copy. The list is never changed.
 */
export function inReplayOrder(events: ReplayEvent[]): ReplayEvent[];
export function inReplayOrder(events: readonly ReplayEvent[]): readonly ReplayEvent[];
export function inReplayOrder(events: readonly ReplayEvent[]): readonly ReplayEvent[] {
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1], events[i]) > 0) return [...events].sort(compareEvents);
  return events;
}

/** `replay` for events already in `compareEvents` order. */
function replayOrdered(
  ordered: readonly ReplayEvent[],
  asOf: IsoDay,
  basis: ReplayBasis,
): ReplayResult {
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

/** Told about each milestone whose replayed state (or evidenced progress) is about to change. */
export type MilestoneWatcher = {
  /** Before the change, while the state still holds the milestone as it was (if at all). */
  before(milestoneId: string, state: ReplayResult): void;
  /** After it, with the milestone as it now is (if at all). */
  after(milestoneId: string, state: ReplayResult): void;
};

/**
 * Replays once for many days (ascending), calling `visit` with the state on each. By effective
 * date the events are applied incrementally. "As known on" a later day can reorder earlier
 * history (a late record), so each entity that has newly known events that day is replayed afresh
 * from its own known events; an entity's state depends on its own events only. `visit` must read
 * the state right away: it keeps changing. `watch` hears of every milestone change on the way, so
 * a caller can keep running totals instead of reading every milestone on every day.
 */
export function replayEachDay(
  events: readonly ReplayEvent[],
  days: IsoDay[],
  basis: ReplayBasis,
  visit: (day: IsoDay, state: ReplayResult) => void,
  watch?: MilestoneWatcher,
): void {
  const ordered = inReplayOrder(events);
  if (basis === "recorded") return replayEachDayAsKnown(ordered, days, visit, watch);
  const state = emptyState();
  let next = 0;
  for (const day of days) {
    for (; next < ordered.length && ordered[next].effectiveDate <= day; next++) {
      const event = ordered[next];
      const milestoneId = event.entityType === "milestone" ? event.entityId : null;
      if (milestoneId !== null) watch?.before(milestoneId, state);
      applyEvent(state, event);
      if (milestoneId !== null) watch?.after(milestoneId, state);
    }
    visit(day, state);
  }
}

function replayEachDayAsKnown(
  ordered: readonly ReplayEvent[],
  days: IsoDay[],
  visit: (day: IsoDay, state: ReplayResult) => void,
  watch?: MilestoneWatcher,
): void {
  // Per entity, its events in replay order; per day shown, the entities first known about by then.
  const history = new Map<string, ReplayEvent[]>();
  const newlyKnown: Set<string>[] = days.map(() => new Set());
  for (const event of ordered) {
    const key = `${event.entityType}:${event.entityId}`;
    const own = history.get(key);
    if (own) own.push(event);
    else history.set(key, [event]);
    const first = firstDayOnOrAfter(days, recordedDayOf(event));
    if (first < days.length) newlyKnown[first].add(key);
  }
  const state = emptyState();
  days.forEach((day, i) => {
    for (const key of newlyKnown[i]) {
      const own = history.get(key)!;
      const { entityType, entityId } = own[0];
      if (entityType === "milestone") {
        watch?.before(entityId, state);
        state.milestones.delete(entityId);
        state.evidenced.delete(entityId);
      } else state.initiatives.delete(entityId);
      for (const event of own) if (isVisibleAsOf(event, day, "recorded")) applyEvent(state, event);
      if (entityType === "milestone") watch?.after(entityId, state);
    }
    visit(day, state);
  });
}

function recordedDayOf(event: Pick<ReplayEvent, "recordedAt" | "recordedDay">): IsoDay {
  return event.recordedDay ?? event.recordedAt.toISOString().slice(0, 10);
}

/** Index of the first of the ascending `days` on or after `day`; days.length when none is. */
function firstDayOnOrAfter(days: IsoDay[], day: IsoDay): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid] < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Change events kept in replay order, and by initiative: built once, then grown by `with` without
 * sorting or splitting the whole history again. Never changed once built: `with` answers a new
 * history that shares every list the added events leave alone (so a caller can tell an untouched
 * initiative's events by identity).
 */
export class ReplayHistory {
  private constructor(
    /** Every event, in replay order. */
    readonly events: ReplayEvent[],
    /** Each initiative's events (by the initiative each names), in replay order. */
    readonly byInitiative: ReadonlyMap<string, ReplayEvent[]>,
    /** Per milestone, the initiative its events name. */
    readonly initiativeOf: ReadonlyMap<string, string>,
    /** Initiatives one milestone's events both name (the app never writes such events). */
    readonly joined: readonly (readonly [string, string])[],
  ) {}

  static of(events: readonly ReplayEvent[]): ReplayHistory {
    return new ReplayHistory([], new Map(), new Map(), []).with(events);
  }

  /**
   * This history with `added` (in any order) merged in: among events that compare equal, those
   * already held stay first, and the added keep their given order (as one stable sort would).
   */
  with(added: readonly ReplayEvent[]): ReplayHistory {
    if (added.length === 0) return this;
    const sorted = [...added].sort(compareEvents);
    const byInitiative = new Map(this.byInitiative);
    for (const [id, own] of groupBy(sorted, (e) => e.initiativeId))
      byInitiative.set(id, mergeInOrder(this.byInitiative.get(id) ?? [], own));
    let initiativeOf = this.initiativeOf;
    const joined = [...this.joined];
    for (const e of sorted) {
      if (e.entityType !== "milestone") continue;
      const first = initiativeOf.get(e.entityId);
      if (first === undefined) {
        if (initiativeOf === this.initiativeOf) initiativeOf = new Map(initiativeOf);
        (initiativeOf as Map<string, string>).set(e.entityId, e.initiativeId);
      } else if (first !== e.initiativeId) joined.push([first, e.initiativeId]);
    }
    return new ReplayHistory(mergeInOrder(this.events, sorted), byInitiative, initiativeOf, joined);
  }
}

/** Two lists in replay order as one; on ties, `held` first. Neither list is changed. */
function mergeInOrder(held: readonly ReplayEvent[], added: readonly ReplayEvent[]): ReplayEvent[] {
  if (held.length === 0) return [...added];
  const pieces: (readonly ReplayEvent[])[] = [];
  let from = 0;
  for (const event of added) {
    const at = firstAfter(held, event, from);
    pieces.push(held.slice(from, at), [event]);
    from = at;
  }
  pieces.push(held.slice(from));
  return ([] as ReplayEvent[]).concat(...pieces);
}

/** Index of the first of `held` (from `from` on) that sorts after `event`. */
function firstAfter(held: readonly ReplayEvent[], event: ReplayEvent, from: number): number {
  let low = from;
  let high = held.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEvents(held[mid], event) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
