import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/domain/dates";
import { CREATED_FIELD, type IsoDay } from "@/lib/domain/types";
import { compareEvents, encodeValue, replay } from "@/lib/domain/replay";
import { generatePortfolio, DEFAULT_HISTORY_END } from "@/prisma/seed/generate/generate";
import { apportion } from "@/prisma/seed/generate/apportion";
import { LARGE, requestedSize, scaledSize } from "@/prisma/seed/generate/sizes";

const SMALL = { initiatives: 30, milestones: 400, events: 4_000 };
const TEN_X = scaledSize(10);
const fingerprint = (seed: number) =>
  createHash("sha256")
    .update(JSON.stringify(generatePortfolio({ ...SMALL, seed })))
    .digest("hex");
const tenX = generatePortfolio({ ...TEN_X, seed: 42 });
const small = generatePortfolio({ ...SMALL, seed: 3 });
const milestonesOf = (p: typeof small) => p.initiatives.flatMap((b) => b.milestones);
const eventsOf = (p: typeof small) => p.initiatives.flatMap((b) => b.events);

describe("sizes", () => {
  it("scales the seeded portfolio: 10× is 70 initiatives, 500 milestones, 1,640 events", () => {
    expect(TEN_X).toEqual({ initiatives: 70, milestones: 500, events: 1_640 });
    expect(requestedSize({ preset: "10x" })).toEqual(TEN_X);
    expect(requestedSize({})).toEqual(LARGE);
    expect(LARGE).toEqual({ initiatives: 1_000, milestones: 20_000, events: 200_000 });
  });

  it("brings milestones and events along with a number of initiatives given alone", () => {
    expect(requestedSize({ initiatives: 100 })).toEqual({
      initiatives: 100,
      milestones: 2_000,
      events: 20_000,
    });
    expect(requestedSize({ scale: 2, events: 500 })).toEqual({
      initiatives: 14,
      milestones: 100,
      events: 500,
    });
  });

  it("refuses a preset with a scale, and an unknown preset", () => {
    expect(() => requestedSize({ preset: "10x", scale: 3 })).toThrow(/either/);
    expect(() => requestedSize({ preset: "huge" })).toThrow(/Unknown preset/);
  });

  it("splits a total exactly, within each share's bounds", () => {
    const shares = [
      { weight: 1, min: 0, max: 10 },
      { weight: 5, min: 2, max: 4 },
      { weight: 1, min: 1, max: Infinity },
    ];
    const split = apportion(20, shares);
    expect(split.reduce((a, b) => a + b, 0)).toBe(20);
    expect(split[1]).toBe(4);
    expect(() => apportion(2, shares)).toThrow(/minimums/);
    expect(() => apportion(20, shares.slice(0, 2))).toThrow(/maximums/);
  });
});

describe("generatePortfolio", () => {
  it("gives the same data for the same seed and different data for another", () => {
    expect(fingerprint(1)).toBe(fingerprint(1));
    expect(fingerprint(2)).not.toBe(fingerprint(1));
  });

  it.each([
    ["the 10× set", TEN_X],
    ["a small set", SMALL],
    ["fewer milestones than initiatives", { initiatives: 12, milestones: 5, events: 40 }],
    ["creations only", { initiatives: 5, milestones: 50, events: 55 }],
  ])("generates exactly the sizes asked for: %s", (_, size) => {
    const p = generatePortfolio({ ...size, seed: 9 });
    expect(p.initiatives).toHaveLength(size.initiatives);
    expect(milestonesOf(p)).toHaveLength(size.milestones);
    expect(eventsOf(p)).toHaveLength(size.events);
    expect(new Set(eventsOf(p).map((e) => e.id)).size).toBe(size.events);
  });

  it("refuses sizes that cannot be met", () => {
    expect(() =>
      generatePortfolio({ initiatives: 5, milestones: 10, events: 14, seed: 1 }),
    ).toThrow(/too few/);
    expect(() =>
      generatePortfolio({ initiatives: 1, milestones: 1, events: 100_000, seed: 1 }),
    ).toThrow(/do not fit/);
  });

  it("names everything as generated benchmark data, with sources on example.org", () => {
    expect(small.initiatives.map((b) => b.initiative.seed.slug)).toEqual(
      Array.from({ length: 30 }, (_, i) => `gen-${String(i + 1).padStart(5, "0")}`),
    );
    expect(small.initiatives[0].initiative.seed.title).toBe(
      "Generated agreement 00001 (benchmark data)",
    );
    const urls = [
      ...small.sources.flat().map((s) => s.url),
      ...eventsOf(small).flatMap((e) => (e.evidenceUrl ? [e.evidenceUrl] : [])),
    ];
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !u.startsWith("https://example.org/"))).toEqual([]);
  });
});

describe("generated history", () => {
  it.each([
    ["the 10× set", tenX],
    ["a small set", small],
  ])("replays to every built row on the last day of history: %s", (_, p) => {
    for (const built of p.initiatives) {
      const state = replay(built.events, DEFAULT_HISTORY_END);
      expect(state.initiatives.get(built.initiative.id)).toEqual({
        id: built.initiative.id,
        lifecycleStatus: built.initiative.lifecycleStatus,
        health: built.initiative.health,
      });
      expect(state.milestones).toEqual(
        new Map(built.milestones.map((m) => [m.id, { ...m.state }])),
      );
    }
  });

  it("chains every value: each change's old value is the value before it, in replay order", () => {
    const broken: string[] = [];
    for (const built of small.initiatives) {
      const current = new Map<string, Record<string, unknown>>();
      for (const e of [...built.events].sort(compareEvents)) {
        if (e.field === CREATED_FIELD) {
          current.set(e.entityId, JSON.parse(e.newValue!));
          continue;
        }
        const values = current.get(e.entityId)!;
        if (encodeValue(values[e.field]) !== e.oldValue) broken.push(e.id);
        values[e.field] = e.newValue;
      }
    }
    expect(broken).toEqual([]);
  });

  it("keeps every date within three years of history and every milestone's changes in order", () => {
    const events = eventsOf(small);
    const days = events.map((e) => e.effectiveDate).sort();
    expect(days[0] >= addDaysIso(DEFAULT_HISTORY_END, -3 * 365)).toBe(true);
    expect(days.at(-1)! <= DEFAULT_HISTORY_END).toBe(true);
    const lastRecorded = events
      .map((e) => e.recordedAt.toISOString())
      .sort()
      .at(-1)!;
    expect(lastRecorded.slice(0, 10) <= DEFAULT_HISTORY_END).toBe(true);
    const outOfOrder = small.initiatives.flatMap((b) =>
      b.milestones.filter((m) => {
        const sets = m.seed.history.map((c) => c.effective);
        return sets.some((day, i) => i > 0 && day <= sets[i - 1]) || sets[0] <= m.seed.plannedOn;
      }),
    );
    expect(outOfOrder).toEqual([]);
  });

  it("holds the app's rules: done work has an actual date and evidence, open work none", () => {
    const milestones = milestonesOf(small);
    const done = milestones.filter((m) => m.state.status === "done");
    expect(done.length).toBeGreaterThan(20);
    expect(done.filter((m) => !m.state.actualDate || m.state.percentComplete !== 100)).toEqual([]);
    expect(milestones.filter((m) => m.state.status !== "done" && m.state.actualDate)).toEqual([]);
    const doneEvents = eventsOf(small).filter((e) => e.field === "status" && e.newValue === "done");
    expect(doneEvents).toHaveLength(done.length);
    expect(doneEvents.filter((e) => !e.evidenceUrl)).toEqual([]);
    expect(
      milestones.filter((m) => m.state.percentComplete < 0 || m.state.percentComplete > 100),
    ).toEqual([]);
  });

  it("spreads weights, baselines, statuses and kinds of change realistically", () => {
    const milestones = milestonesOf(tenX);
    expect([...new Set(milestones.map((m) => m.state.weight))].sort()).toEqual([1, 2, 3]);
    const baselines = milestones.map((m) => m.seed.baselineDate).sort();
    expect(baselines[0] >= "2024-01-01" && baselines.at(-1)! <= "2028-12-31").toBe(true);
    expect(new Set(baselines.map((d) => d.slice(0, 4)))).toEqual(
      new Set(["2024", "2025", "2026", "2027", "2028"]),
    );
    expect([...new Set(milestones.map((m) => m.state.status))].sort()).toEqual([
      "blocked",
      "cancelled",
      "done",
      "in_progress",
      "not_started",
    ]);
    expect([...new Set(eventsOf(small).map((e) => e.field))].sort()).toEqual([
      "actualDate",
      "baselineDate",
      "created",
      "health",
      "lifecycleStatus",
      "percentComplete",
      "plannedDate",
      "side",
      "status",
    ]);
  });

  it("finishes older milestones more often than later ones", () => {
    const milestones = milestonesOf(generatePortfolio({ ...SMALL, seed: 5 }));
    const doneShare = (inRange: (day: IsoDay) => boolean) => {
      const group = milestones.filter((m) => inRange(m.seed.baselineDate));
      return group.filter((m) => m.state.status === "done").length / group.length;
    };
    const old = doneShare((d) => d < addDaysIso(DEFAULT_HISTORY_END, -180));
    const late = doneShare((d) => d > addDaysIso(DEFAULT_HISTORY_END, 365));
    expect(old).toBeGreaterThan(0.6);
    expect(late).toBeLessThan(0.1);
  });

  it("announces every health change with a status update of that health on the same day", () => {
    for (const built of small.initiatives) {
      const healthChanges = built.events.filter((e) => e.field === "health");
      const updates = new Set(built.statusUpdates.map((u) => `${u.effectiveDate} ${u.health}`));
      expect(healthChanges.filter((e) => !updates.has(`${e.effectiveDate} ${e.newValue}`))).toEqual(
        [],
      );
    }
  });
});
