import { addDaysIso } from "@/lib/domain/dates";
import type { InitiativeMeta, MilestoneMeta, UpdateMeta } from "@/lib/domain/portfolio-snapshot";
import type { ReplayEvent } from "@/lib/domain/replay";
import type { IsoDay } from "@/lib/domain/types";
import { milestoneState } from "../../support/milestone-state";
import { snapshotInitiative } from "../../support/snapshot-initiative";

/** The same numbers for the same seed (mulberry32). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

const KINDS = ["mou", "fta_upgrade", "investment_agreement"] as const;
const SIDES = ["korea", "singapore", "joint"] as const;
const STATUSES = ["in_progress", "done", "blocked", "cancelled", "not_started"] as const;

/**
 * A small portfolio with a messy history: initiatives created on different days (one mid-way),
 * milestones whose every replayed field changes, late records ("as known on" differs), change sets
 * sharing one recorded time, evidence links on some changes, window changes and status updates.
 */
export function randomPortfolio(seed: number, size = { initiatives: 6, milestones: 5 }) {
  const random = seededRandom(seed);
  const initiatives: InitiativeMeta[] = [];
  const milestones: MilestoneMeta[] = [];
  const events: ReplayEvent[] = [];
  const updates: UpdateMeta[] = [];
  const at = (day: IsoDay, lagDays: number, hour: number) =>
    new Date(`${addDaysIso(day, lagDays)}T${String(hour).padStart(2, "0")}:30:00Z`);
  const event = (e: Omit<ReplayEvent, "recordedDay">): ReplayEvent => ({
    oldValue: null,
    evidenceUrl: null,
    ...e,
  });

  for (let i = 0; i < size.initiatives; i++) {
    const id = `i${i}`;
    const launch = i === size.initiatives - 1 ? "2026-07-01" : addDaysIso("2026-02-20", i * 9);
    initiatives.push(
      snapshotInitiative({ id, slug: id, title: `Initiative ${i}`, kind: KINDS[i % 3] }),
    );
    const base = { entityType: "initiative" as const, entityId: id, initiativeId: id };
    events.push(
      event({
        ...base,
        field: "created",
        newValue: JSON.stringify({ lifecycleStatus: "signed", health: "on_track" }),
        effectiveDate: launch,
        recordedAt: at(launch, random.int(3), 1),
      }),
    );
    for (let k = 0; k < 3; k++) {
      const day = addDaysIso(launch, 20 + random.int(200));
      const [field, oldValue, newValue] = random.pick([
        ["health", "on_track", random.pick(["at_risk", "off_track"])],
        ["lifecycleStatus", "signed", "implementing"],
        ["targetEnd", "2026-09-30", addDaysIso("2026-10-01", random.int(120))],
      ] as const);
      events.push(
        event({
          ...base,
          field,
          oldValue,
          newValue,
          effectiveDate: day,
          recordedAt: at(day, random.int(25), 2 + k),
          evidenceUrl: random.next() < 0.3 ? "https://example.org/window" : null,
        }),
      );
    }
    for (let u = 0; u < 3; u++) {
      const day = addDaysIso(launch, random.int(250));
      updates.push({
        initiativeId: id,
        effectiveDate: day,
        recordedAt: at(day, random.int(10), 9),
        summary: `Update ${u} on ${id}.\nMore detail.`,
      });
    }
    for (let m = 0; m < size.milestones; m++) {
      const milestoneId = `${id}-m${m}`;
      const created = addDaysIso(launch, random.int(60));
      milestones.push({
        id: milestoneId,
        initiativeId: id,
        title: `Milestone ${m} of ${id}`,
        workstream: random.pick(["Trade", "Digital", null]),
        provenance: random.next() < 0.4 ? "sourced" : "planned_estimate",
      });
      const mBase = { entityType: "milestone" as const, entityId: milestoneId, initiativeId: id };
      // Some start under way (as an import can create them), so a replay must start afresh.
      const underWay = random.next() < 0.25;
      const initial = milestoneState({
        status: underWay ? "in_progress" : "not_started",
        percentComplete: underWay ? 30 : 0,
        side: random.pick(SIDES),
        weight: 1 + random.int(3),
        baselineDate: addDaysIso(created, 30 + random.int(200)),
      });
      events.push(
        event({
          ...mBase,
          field: "created",
          newValue: JSON.stringify({ ...initial, plannedDate: initial.baselineDate }),
          effectiveDate: created,
          recordedAt: at(created, random.int(4), 3),
        }),
      );
      for (let c = 0; c < 6; c++) {
        const day = addDaysIso(created, 5 + random.int(240));
        const recordedAt = at(day, random.next() < 0.3 ? 15 + random.int(40) : random.int(2), 4);
        const evidenceUrl = random.next() < 0.35 ? "https://example.org/evidence" : null;
        const status = random.pick(STATUSES);
        // One change set: the status and the percentage together, recorded at the same moment.
        events.push(
          event({ ...mBase, field: "status", newValue: status, effectiveDate: day, recordedAt }),
          event({
            ...mBase,
            field: "percentComplete",
            newValue: String(status === "done" ? 100 : random.int(100)),
            effectiveDate: day,
            recordedAt,
            evidenceUrl,
          }),
        );
        const other = random.pick(["plannedDate", "side", "weight", "actualDate"] as const);
        const value = {
          plannedDate: addDaysIso(day, random.int(90)),
          side: random.pick(SIDES),
          weight: String(1 + random.int(4)),
          actualDate: day,
        }[other];
        events.push(
          event({ ...mBase, field: other, newValue: value, effectiveDate: day, recordedAt }),
        );
      }
    }
  }
  // Stored order is not replay order.
  const shuffled = events
    .map((e) => ({ e, key: random.next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ e }) => e);
  return { initiatives, milestones, events: shuffled, updates, random };
}
