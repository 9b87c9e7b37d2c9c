import { describe, expect, it } from "vitest";
import { initiativeProgress } from "@/lib/domain/progress";
import { replay } from "@/lib/domain/replay";
import { buildInitiative } from "@/prisma/seed/build";
import { SEED_CORRECTIONS } from "@/prisma/seed/corrections";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { SOURCES } from "@/prisma/seed/sources";

/** The seeded portfolio's size, exactly: a change to the seed changes these on purpose. */
const EXPECTED = {
  initiatives: 7,
  milestones: 50,
  sources: 50,
  events: 164,
  statusUpdates: 22,
  recordNotes: 19,
};

const sourceKeys = new Set(SOURCES.map((s) => s.key));
const allMilestones = PORTFOLIO.flatMap((i) =>
  i.milestones.map((m) => ({ initiative: i, milestone: m })),
);

describe("seed data", () => {
  it("uses unique keys and slugs, and only sources that exist", () => {
    expect(new Set(PORTFOLIO.map((i) => i.slug)).size).toBe(PORTFOLIO.length);
    expect(new Set(allMilestones.map((x) => x.milestone.key)).size).toBe(allMilestones.length);
    expect(new Set(SOURCES.map((s) => s.url)).size).toBe(SOURCES.length);
    const cited = [
      ...PORTFOLIO.flatMap((i) => [...i.sourceKeys, ...i.recordNotes.flatMap((n) => n.sourceKeys)]),
      ...allMilestones.flatMap(({ milestone: m }) => [
        ...m.sourceKeys,
        ...m.history.flatMap((h) => (h.evidenceSourceKey ? [h.evidenceSourceKey] : [])),
      ]),
    ];
    expect(cited.filter((key) => !sourceKeys.has(key))).toEqual([]);
  });

  it("never marks a milestone done without an actual date and evidence", () => {
    for (const { milestone } of allMilestones) {
      for (const change of milestone.history) {
        if (change.set.status !== "done") continue;
        expect(change.set.actualDate, milestone.key).toBeTruthy();
        expect(change.evidenceSourceKey, milestone.key).toBeTruthy();
      }
    }
  });

  it("cites a source on every sourced milestone", () => {
    const sourced = allMilestones.filter((x) => x.milestone.provenance === "sourced");
    expect(sourced.length).toBeGreaterThan(0);
    for (const { milestone } of sourced) {
      expect(milestone.sourceKeys.length, milestone.key).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives every source an http(s) link", () => {
    for (const source of SOURCES) expect(source.url, source.key).toMatch(/^https?:\/\/\S+$/);
  });

  it("holds exactly the expected initiatives, milestones, sources and change events", () => {
    const built = PORTFOLIO.map((seed, n) => buildInitiative(seed, SOURCES, n));
    expect({
      initiatives: PORTFOLIO.length,
      milestones: allMilestones.length,
      sources: SOURCES.length,
      events: built.reduce((n, b) => n + b.events.length, 0),
      statusUpdates: built.reduce((n, b) => n + b.statusUpdates.length, 0),
      recordNotes: built.reduce((n, b) => n + b.recordNotes.length, 0),
    }).toEqual(EXPECTED);
  });

  it("rates no initiative off track: the mid-2026 window is the brief's, not a commitment", () => {
    for (const seed of PORTFOLIO) {
      const built = buildInitiative(seed, SOURCES, 0);
      expect(built.initiative.health, seed.slug).not.toBe("off_track");
      expect(
        seed.changes.map((c) => c.set.health),
        seed.slug,
      ).not.toContain("off_track");
      expect(
        seed.statusUpdates.map((u) => u.health),
        seed.slug,
      ).not.toContain("off_track");
    }
  });

  it("replays an initiative's leads: the space initiative's Singapore lead is OSTIn, then NSAS from 1 April 2026", () => {
    const space = PORTFOLIO.find((i) => i.slug === "mou-space-satellite")!;
    expect(space.singaporeLeads).toContain("Office for Space Technology & Industry (OSTIn)");
    const built = buildInitiative(space, SOURCES, 0);
    const change = built.events.filter((e) => e.field === "singaporeLeads");
    expect(change.map((e) => e.effectiveDate)).toEqual(["2026-04-01"]);
    expect(built.initiative.singaporeLeads).toContain("National Space Agency of Singapore (NSAS)");
    expect(built.initiative.singaporeLeads).not.toContain(
      "Office for Space Technology & Industry (OSTIn)",
    );
  });

  it("keeps history in order, between March and 27 November 2026, recorded by 28 November", () => {
    for (const { milestone } of allMilestones) {
      const days = milestone.history.map((h) => h.effective);
      expect([...days].sort(), milestone.key).toEqual(days);
      for (const change of milestone.history) {
        expect(
          change.effective >= "2026-03-01" && change.effective <= "2026-11-27",
          milestone.key,
        ).toBe(true);
        const recorded =
          new Date(`${change.effective}T00:00:00Z`).getTime() +
          (change.recordedAfterDays ?? 2) * 86_400_000;
        expect(recorded, milestone.key).toBeLessThanOrEqual(
          new Date("2026-11-28T23:59:59Z").getTime(),
        );
      }
    }
  });

  it("builds rows whose state equals the replay of their events, with progress below 100 somewhere", () => {
    const progress = PORTFOLIO.map((seed, n) => {
      const built = buildInitiative(seed, SOURCES, n);
      const replayed = replay(built.events, "2026-11-28");
      for (const m of built.milestones) expect(replayed.milestones.get(m.id)).toEqual(m.state);
      return initiativeProgress(built.milestones.map((m) => m.state));
    });
    expect(progress.some((p) => p !== null && p < 100)).toBe(true);
  });
});

describe("seed corrections", () => {
  const slugs = new Set(PORTFOLIO.map((i) => i.slug));
  /** Milestones of the old seed that the corrected one no longer has: only cancelled, never edited. */
  const REMOVED = new Set(["space-st-mou-signed", "invest-sme-fund-of-funds"]);

  it("have unique ids and name only initiatives, milestones and sources that exist", () => {
    expect(new Set(SEED_CORRECTIONS.map((c) => c.id)).size).toBe(SEED_CORRECTIONS.length);
    for (const c of SEED_CORRECTIONS) {
      const seed = PORTFOLIO.find((i) => i.slug === c.slug);
      expect(slugs.has(c.slug), c.id).toBe(true);
      expect(c.reason.length, c.id).toBeGreaterThan(40);
      expect(sourceKeys.has(c.evidence), c.id).toBe(true);
      const keys = new Set(seed!.milestones.map((m) => m.key));
      for (const op of c.ops) {
        if (op.kind === "newMilestone") expect(keys.has(op.key), `${c.id} ${op.key}`).toBe(true);
        if (op.kind === "milestone") {
          if (REMOVED.has(op.key)) expect(op.text, `${c.id} ${op.key}`).toBeUndefined();
          else expect(keys.has(op.key), `${c.id} ${op.key}`).toBe(true);
        }
        if (op.kind === "cite" || op.kind === "uncite") {
          expect(sourceKeys.has(op.source), `${c.id} ${op.source}`).toBe(true);
          if (op.milestone) expect(keys.has(op.milestone), `${c.id} ${op.milestone}`).toBe(true);
        }
        if (op.kind === "source") expect(sourceKeys.has(op.key), `${c.id} ${op.key}`).toBe(true);
        if (op.kind === "recordNote")
          expect(seed!.recordNotes[op.index - 1], `${c.id} note ${op.index}`).toBeDefined();
        if (op.kind === "workstream")
          expect(
            seed!.workstreams.map((w) => w.name),
            c.id,
          ).toContain(op.name);
      }
    }
  });

  it("end where the corrected seed is: cited sources are the seed's, new milestones are in it", () => {
    for (const c of SEED_CORRECTIONS) {
      const seed = PORTFOLIO.find((i) => i.slug === c.slug)!;
      for (const op of c.ops) {
        if (op.kind === "cite") {
          expect(seed.sourceKeys, `${c.id} ${op.source}`).toContain(op.source);
          if (op.milestone)
            expect(
              seed.milestones.find((m) => m.key === op.milestone)!.sourceKeys,
              `${c.id} ${op.milestone}`,
            ).toContain(op.source);
        }
        if (op.kind === "uncite")
          expect(
            seed.milestones.find((m) => m.key === op.milestone)!.sourceKeys,
            `${c.id} ${op.milestone}`,
          ).not.toContain(op.source);
      }
    }
  });
});
