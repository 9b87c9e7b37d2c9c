// Pure: turns the seed description into rows. Current values are derived by replaying the
// generated change events, so the seeded history is exactly what the present state is.
import { addDaysToDate, dayToDate } from "../../lib/domain/dates";
import { encodeValue, replay, type ReplayEvent } from "../../lib/domain/replay";
import {
  CREATED_FIELD,
  type Confidence,
  type IsoDay,
  type MilestoneState,
} from "../../lib/domain/types";
import type { SeedChange, SeedInitiative, SeedInitiativeChange, SeedSource } from "./types";

export const SEED_AUTHOR = "Corridor analyst desk (seed)";
/** Author of the corrections shipped to databases seeded before them (see corrections.ts). */
export const SEED_CORRECTION_AUTHOR = "Corridor analyst desk (seed correction)";
const FAR_FUTURE: IsoDay = "9999-12-31";

export type SeedEventRow = ReplayEvent & {
  id: string;
  changeSetId: string;
  milestoneId: string | null;
  oldValue: string | null;
  reason: string;
  evidenceUrl: string | null;
  confidence: Confidence | null;
};

export type BuiltInitiative = ReturnType<typeof buildInitiative>;

export const sourceId = (key: string) => `src_${key.toLowerCase()}`;
export const initiativeId = (slug: string) => `ini_${slug}`;
export const milestoneId = (key: string) => `ms_${key}`;

/** Recorded at 09:30 Singapore time (01:30 UTC), `lagDays` after the change took effect. */
export function recordedAt(effective: IsoDay, lagDays = 2): Date {
  const day = addDaysToDate(dayToDate(effective), lagDays);
  return new Date(day.getTime() + (1 * 60 + 30) * 60_000);
}

export function buildInitiative(seed: SeedInitiative, sources: SeedSource[], position: number) {
  const urlOf = (key?: string) => (key ? (sources.find((s) => s.key === key)?.url ?? null) : null);
  const id = initiativeId(seed.slug);
  const events: SeedEventRow[] = [];
  const push = (e: Omit<SeedEventRow, "id" | "initiativeId">) =>
    events.push({
      ...e,
      initiativeId: id,
      id: `ev_${seed.slug}_${String(events.length + 1).padStart(3, "0")}`,
    });

  push({
    changeSetId: `cs_${seed.slug}_created`,
    entityType: "initiative",
    entityId: id,
    milestoneId: null,
    field: CREATED_FIELD,
    oldValue: null,
    newValue: JSON.stringify({
      lifecycleStatus: seed.initialLifecycleStatus,
      health: seed.initialHealth,
    }),
    effectiveDate: seed.launchDate,
    recordedAt: recordedAt(seed.launchDate),
    reason: "Initiative entered in the tracker",
    evidenceUrl: urlOf(seed.sourceKeys[0]),
    confidence: "high",
  });
  let initiativeState = {
    lifecycleStatus: seed.initialLifecycleStatus,
    health: seed.initialHealth,
    koreaLeads: seed.koreaLeads,
    singaporeLeads: seed.singaporeLeads,
  } as Record<string, unknown>;
  seed.changes.forEach((change, n) => {
    initiativeState = applyChange(
      initiativeState,
      change,
      `cs_${seed.slug}_i${n}`,
      id,
      null,
      push,
      urlOf,
    );
  });

  const workstreams = seed.workstreams.map((w, n) => ({
    id: `ws_${seed.slug}_${n + 1}`,
    initiativeId: id,
    name: w.name,
    description: w.description,
    position: n,
  }));
  const milestones = seed.milestones.map((m, position) => {
    const mid = milestoneId(m.key);
    const initial: MilestoneState = {
      status: "not_started",
      percentComplete: 0,
      baselineDate: m.baselineDate,
      plannedDate: m.baselineDate,
      actualDate: null,
      side: m.side,
      weight: m.weight,
    };
    push({
      changeSetId: `cs_${m.key}_created`,
      entityType: "milestone",
      entityId: mid,
      milestoneId: mid,
      field: CREATED_FIELD,
      oldValue: null,
      newValue: JSON.stringify(initial),
      effectiveDate: m.plannedOn,
      recordedAt: recordedAt(m.plannedOn),
      reason:
        m.provenance === "sourced"
          ? "Milestone entered from the public record"
          : "Milestone entered as a planned estimate (no public date)",
      evidenceUrl: urlOf(m.sourceKeys[0]),
      confidence: m.provenance === "sourced" ? "high" : "low",
    });
    let state = { ...initial } as Record<string, unknown>;
    m.history.forEach((change, n) => {
      state = applyChange(state, change, `cs_${m.key}_${n}`, mid, mid, push, urlOf);
    });
    const workstream = m.workstream ? workstreams.find((w) => w.name === m.workstream) : undefined;
    if (m.workstream && !workstream)
      throw new Error(`Milestone ${m.key}: unknown workstream "${m.workstream}"`);
    return { seed: m, id: mid, position, workstreamId: workstream?.id ?? null };
  });

  const replayed = replay(events, FAR_FUTURE, "effective");
  const current = replayed.initiatives.get(id);
  if (!current) throw new Error(`Initiative ${seed.slug}: replay lost it`);

  return {
    initiative: {
      id,
      position,
      seed,
      lifecycleStatus: current.lifecycleStatus,
      health: current.health,
      // Leads today: the launch leads after every dated change to them.
      koreaLeads: initiativeState.koreaLeads as string[],
      singaporeLeads: initiativeState.singaporeLeads as string[],
    },
    workstreams,
    milestones: milestones.map((m) => {
      const state = replayed.milestones.get(m.id);
      if (!state) throw new Error(`Milestone ${m.seed.key}: replay lost it`);
      return {
        ...m,
        state,
        version:
          1 +
          new Set(
            events
              .filter((e) => e.milestoneId === m.id && e.field !== CREATED_FIELD)
              .map((e) => e.changeSetId),
          ).size,
      };
    }),
    events,
    statusUpdates: seed.statusUpdates.map((u, n) => ({
      id: `su_${seed.slug}_${n + 1}`,
      initiativeId: id,
      health: u.health,
      body: u.body,
      effectiveDate: u.effective,
      recordedAt: recordedAt(u.effective, u.recordedAfterDays ?? 1),
    })),
    recordNotes: seed.recordNotes.map((note, n) => ({
      id: `rn_${seed.slug}_${n + 1}`,
      initiativeId: id,
      position: n,
      ...note,
    })),
  };
}

function applyChange(
  state: Record<string, unknown>,
  change: SeedChange | SeedInitiativeChange,
  changeSetId: string,
  entityId: string,
  milestoneIdValue: string | null,
  push: (e: Omit<SeedEventRow, "id" | "initiativeId">) => void,
  urlOf: (key?: string) => string | null,
) {
  const next = { ...state };
  for (const [field, value] of Object.entries(change.set)) {
    const oldValue = encodeValue(state[field]);
    const newValue = encodeValue(value);
    if (oldValue === newValue) continue;
    next[field] = value;
    push({
      changeSetId,
      entityType: milestoneIdValue ? "milestone" : "initiative",
      entityId,
      milestoneId: milestoneIdValue,
      field,
      oldValue,
      newValue,
      effectiveDate: change.effective,
      recordedAt: recordedAt(change.effective, change.recordedAfterDays ?? 2),
      reason: change.reason,
      evidenceUrl: urlOf(change.evidenceSourceKey),
      confidence: change.confidence,
    });
  }
  return next;
}
