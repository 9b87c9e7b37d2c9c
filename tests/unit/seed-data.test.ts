import { describe, expect, it } from "vitest";
import { initiativeProgress } from "@/lib/domain/progress";
import { replay } from "@/lib/domain/replay";
import { buildInitiative } from "@/prisma/seed/build";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { SOURCES } from "@/prisma/seed/sources";

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
    for (const { milestone } of allMilestones.filter((x) => x.milestone.provenance === "sourced")) {
      expect(milestone.sourceKeys.length, milestone.key).toBeGreaterThan(0);
    }
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
