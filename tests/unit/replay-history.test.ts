import { describe, expect, it } from "vitest";
import { sampleDays } from "@/lib/domain/dates";
import {
  compareEvents,
  replay,
  replayEachDay,
  ReplayHistory,
  type ReplayEvent,
} from "@/lib/domain/replay";
import { randomPortfolio } from "./support/random-portfolio";

/** What one stable sort of everything, in the order it was read, gives. */
function sortedOnce(events: ReplayEvent[]) {
  return [...events].sort(compareEvents);
}

function byInitiative(events: ReplayEvent[]) {
  const lists = new Map<string, ReplayEvent[]>();
  for (const e of events) lists.set(e.initiativeId, [...(lists.get(e.initiativeId) ?? []), e]);
  return lists;
}

describe("ReplayHistory", () => {
  it("holds the events in replay order, and by initiative", () => {
    const { events } = randomPortfolio(1);
    const history = ReplayHistory.of(events);
    const expected = sortedOnce(events);
    expect(history.events).toHaveLength(events.length);
    expect(history.events.every((e, i) => e === expected[i])).toBe(true);
    expect(history.byInitiative).toEqual(byInitiative(expected));
    expect(history.joined).toEqual([]);
  });

  it("grows batch by batch into exactly what one sort of all the events gives, ties included", () => {
    for (const seed of [2, 3, 4]) {
      const { events, random } = randomPortfolio(seed);
      // Batches as refreshes read them: any cut of the stored order.
      const cuts = [0, ...[1, 2, 3, 4].map(() => random.int(events.length)), events.length].sort(
        (a, b) => a - b,
      );
      let history = ReplayHistory.of(events.slice(0, cuts[1]));
      for (let b = 1; b < cuts.length - 1; b++)
        history = history.with(events.slice(cuts[b], cuts[b + 1]));
      const expected = sortedOnce(events);
      expect(history.events.every((e, i) => e === expected[i])).toBe(true);
      expect(history.events).toHaveLength(expected.length);
      expect(history.byInitiative).toEqual(byInitiative(expected));
    }
  });

  it("puts an added event after the held events it ties with, and leaves other lists as they were", () => {
    const { events } = randomPortfolio(5);
    const before = ReplayHistory.of(events);
    const twin = { ...events.find((e) => e.initiativeId === "i2" && e.field === "status")! };
    const after = before.with([twin]);
    const list = after.byInitiative.get("i2")!;
    const at = list.indexOf(twin);
    expect(at).toBeGreaterThan(0);
    expect(compareEvents(list[at - 1], twin)).toBeLessThanOrEqual(0);
    expect(list.slice(0, at).filter((e) => compareEvents(e, twin) === 0)).not.toHaveLength(0);
    expect(before.byInitiative.get("i2")).toHaveLength(list.length - 1);
    expect(after.byInitiative.get("i1")).toBe(before.byInitiative.get("i1"));
    expect(after.with([])).toBe(after);
  });

  it("notes the initiatives one milestone's events both name", () => {
    const { events } = randomPortfolio(6);
    const stray = { ...events.find((e) => e.entityId === "i1-m0" && e.field === "status")! };
    const history = ReplayHistory.of(events).with([{ ...stray, initiativeId: "i3" }]);
    expect(history.joined).toEqual([["i1", "i3"]]);
    expect(history.initiativeOf.get("i1-m0")).toBe("i1");
  });
});

describe("replayEachDay on a messy history", () => {
  it("gives on each day exactly what a fresh replay gives, by either basis, telling of each change", () => {
    const { events } = randomPortfolio(7);
    const days = sampleDays("2026-02-01", "2026-12-31", 7);
    for (const basis of ["effective", "recorded"] as const) {
      const seen: unknown[] = [];
      const told = new Set<string>();
      const watch = { before: () => {}, after: (id: string) => told.add(id) };
      replayEachDay(events, days, basis, (_day, state) => seen.push(structuredClone(state)), watch);
      expect(seen).toEqual(days.map((day) => replay(events, day, basis)));
      expect(told).toEqual(
        new Set(events.filter((e) => e.entityType === "milestone").map((e) => e.entityId)),
      );
    }
  });
});
