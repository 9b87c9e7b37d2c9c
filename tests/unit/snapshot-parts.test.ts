import { describe, expect, it } from "vitest";
import { burnUpPoint } from "@/lib/domain/burnup";
import { milestoneEvidencedProgress } from "@/lib/domain/evidence";
import {
  buildPortfolioSnapshot,
  SnapshotParts,
  type SnapshotFilters,
  type SnapshotInput,
} from "@/lib/domain/portfolio-snapshot";
import { replay, ReplayHistory, type ReplayBasis, type ReplayEvent } from "@/lib/domain/replay";
import { randomPortfolio } from "./support/random-portfolio";

type View = { asOf: string; basis: ReplayBasis; filters?: SnapshotFilters };

const VIEWS: View[] = [
  { asOf: "2026-11-28", basis: "effective" },
  { asOf: "2026-11-28", basis: "recorded" },
  { asOf: "2026-06-15", basis: "effective" },
  { asOf: "2026-06-15", basis: "recorded" },
  { asOf: "2026-11-28", basis: "effective", filters: { side: "korea" } },
  { asOf: "2026-11-28", basis: "recorded", filters: { workstream: "Trade" } },
  { asOf: "2026-11-28", basis: "effective", filters: { kind: "mou" } },
  { asOf: "2026-11-28", basis: "recorded", filters: { health: "at_risk" } },
];
const UNFILTERED = VIEWS.filter((v) => !v.filters);

type Inputs = Omit<SnapshotInput, "asOf" | "basis" | "filters">;

/** The burn-up as the definition reads: each day's fresh replay, each milestone counted. */
function burnUpByDefinition(inputs: Inputs, view: View, shown: Set<string>, days: string[]) {
  const provenance = new Map(inputs.milestones.map((m) => [m.id, m.provenance]));
  const events = inputs.events.filter((e) => shown.has(e.initiativeId));
  return days.map((day) => {
    const state = replay(events, day, view.basis);
    const evidenced = (m: Parameters<typeof milestoneEvidencedProgress>[0] & { id: string }) =>
      milestoneEvidencedProgress(
        m,
        provenance.get(m.id) ?? "planned_estimate",
        state.evidenced.get(m.id),
      );
    const perInitiative = new Map(
      [...shown].map((id) => [
        id,
        state.initiatives.has(id)
          ? burnUpPoint(
              day,
              [...state.milestones.values()].filter((m) => m.initiativeId === id),
              evidenced,
            )
          : { date: day, scope: 0, started: 0, done: 0, evidencedDone: 0 },
      ]),
    );
    return { portfolio: burnUpPoint(day, state.milestones.values(), evidenced), perInitiative };
  });
}

describe("the portfolio snapshot, worked out per initiative with running totals", () => {
  it("gives the burn-up the definition gives: every milestone counted on every day, by either basis", () => {
    for (const seed of [11, 12, 13]) {
      const inputs = randomPortfolio(seed);
      for (const view of UNFILTERED) {
        const snapshot = buildPortfolioSnapshot({ ...inputs, ...view });
        const shown = new Set(snapshot.initiatives.map((i) => i.id));
        expect(shown.size).toBeGreaterThan(0);
        const days = snapshot.burnUp.map((p) => p.date);
        const expected = burnUpByDefinition(inputs, view, shown, days);
        expect(snapshot.burnUp).toEqual(expected.map((d) => d.portfolio));
        for (const row of snapshot.initiatives)
          expect(row.burnUp).toEqual(expected.map((d) => d.perInitiative.get(row.id)));
      }
    }
  });

  it("gives the same snapshot from a grouped history as from the events in any order", () => {
    const inputs = randomPortfolio(14);
    const history = ReplayHistory.of(inputs.events);
    for (const view of VIEWS) {
      const plain = buildPortfolioSnapshot({ ...inputs, ...view });
      const grouped = buildPortfolioSnapshot({
        ...inputs,
        events: history.events,
        history,
        ...view,
      });
      expect(grouped).toEqual(plain);
    }
  });

  it("ignores a history that does not hold the events given", () => {
    const inputs = randomPortfolio(15);
    const history = ReplayHistory.of(inputs.events.slice(0, 10));
    const view = VIEWS[0];
    expect(buildPortfolioSnapshot({ ...inputs, history, ...view })).toEqual(
      buildPortfolioSnapshot({ ...inputs, ...view }),
    );
  });
});

describe("SnapshotParts", () => {
  /** Each step changes one thing, as one write would, sharing every object it leaves alone. */
  function steps(inputs: Inputs & { history: ReplayHistory }) {
    const withEvents = (i: typeof inputs, added: ReplayEvent[]) => {
      const history = i.history.with(added);
      return { ...i, history, events: history.events };
    };
    const some = (initiativeId: string, field: string) =>
      inputs.events.find((e) => e.initiativeId === initiativeId && e.field === field)!;
    const recordedAt = new Date("2026-11-28T12:00:00Z");
    return [
      (i: typeof inputs) =>
        withEvents(i, [
          {
            ...some("i1", "percentComplete"),
            newValue: "55",
            effectiveDate: "2026-11-28",
            recordedAt,
          },
        ]),
      (i: typeof inputs) =>
        withEvents(i, [
          {
            ...some("i2", "status"),
            newValue: "done",
            effectiveDate: "2026-05-01",
            recordedAt,
            evidenceUrl: "https://example.org/late",
          },
        ]),
      (i: typeof inputs) => ({
        ...i,
        milestones: i.milestones.map((m) =>
          m.id === "i3-m1" ? { ...m, provenance: "sourced" as const, workstream: "Trade" } : m,
        ),
      }),
      (i: typeof inputs) => ({
        ...i,
        initiatives: i.initiatives.map((x) => (x.id === "i4" ? { ...x, title: "Renamed" } : x)),
      }),
      (i: typeof inputs) => ({
        ...i,
        updates: [
          ...i.updates,
          {
            initiativeId: "i0",
            effectiveDate: "2026-11-27",
            recordedAt,
            summary: "Newest line. More.",
          },
        ],
      }),
      // A milestone's event that names another initiative joins the two.
      (i: typeof inputs) =>
        withEvents(i, [
          { ...some("i1", "status"), initiativeId: "i0", effectiveDate: "2026-08-01", recordedAt },
        ]),
    ];
  }

  it("after each change gives exactly what a fresh build gives, for every view", () => {
    const { random: _random, ...start } = randomPortfolio(21);
    const history = ReplayHistory.of(start.events);
    for (const view of VIEWS) {
      const parts = new SnapshotParts();
      let inputs = { ...start, history, events: history.events };
      expect(buildPortfolioSnapshot({ ...inputs, ...view }, parts)).toEqual(
        buildPortfolioSnapshot({ ...inputs, ...view }),
      );
      for (const step of steps(inputs)) {
        inputs = step(inputs);
        const reused = buildPortfolioSnapshot({ ...inputs, ...view }, parts);
        const fresh = buildPortfolioSnapshot({ ...inputs, ...view });
        expect(reused).toEqual(fresh);
        expect(fresh).toEqual(buildPortfolioSnapshot({ ...start, ...inputsOnly(inputs), ...view }));
      }
    }
  });

  it("works out again only the initiative a change touched", () => {
    const { random: _random, ...start } = randomPortfolio(22);
    const history = ReplayHistory.of(start.events);
    const inputs = { ...start, history, events: history.events };
    const view = VIEWS[0];
    const parts = new SnapshotParts();
    const before = buildPortfolioSnapshot({ ...inputs, ...view }, parts);
    const after = buildPortfolioSnapshot({ ...steps(inputs)[0](inputs), ...view }, parts);
    const rowOf = (s: typeof before, id: string) => s.initiatives.find((i) => i.id === id);
    expect(after.initiatives).toHaveLength(before.initiatives.length);
    expect(rowOf(after, "i1")).not.toBe(rowOf(before, "i1"));
    for (const id of ["i0", "i2", "i3", "i4"]) expect(rowOf(after, id)).toBe(rowOf(before, id));
    // A different view starts afresh.
    const other = buildPortfolioSnapshot({ ...inputs, ...VIEWS[1] }, parts);
    expect(other.initiatives.find((i) => i.id === "i0")).not.toBe(rowOf(before, "i0"));
  });
});

/** The inputs as plain lists, with no history: a build from scratch. */
function inputsOnly(inputs: Inputs): Inputs {
  return {
    initiatives: inputs.initiatives.map((i) => ({ ...i })),
    milestones: inputs.milestones.map((m) => ({ ...m })),
    events: inputs.events.map((e) => ({ ...e })),
    updates: inputs.updates.map((u) => ({ ...u })),
  };
}
