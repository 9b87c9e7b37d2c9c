import { describe, expect, it } from "vitest";
import { describeForecast } from "@/lib/domain/forecast";
import type { ReplayEvent } from "@/lib/domain/replay";
import { canonicalJson } from "@/lib/domain/report/canonical";
import { diffReports } from "@/lib/domain/report/changes";
import {
  buildReportDocument,
  type ReportDocument,
  type ReportInput,
} from "@/lib/domain/report/document";
import { GAP_DEFINITION } from "@/lib/domain/verdict";
import { milestoneState } from "../support/milestone-state";
import { snapshotInitiative } from "../support/snapshot-initiative";

const QUANTUM = "양자 기술 협력"; // Hangul must pass through the document untouched.

const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

function created(id: string, initiativeId: string, day: string, state: object): ReplayEvent {
  return {
    entityType: "milestone",
    entityId: id,
    initiativeId,
    field: "created",
    newValue: JSON.stringify(state),
    effectiveDate: day,
    recordedAt: at(day),
  };
}

function changed(
  id: string,
  field: string,
  newValue: string,
  day: string,
  over: Partial<ReplayEvent> = {},
): ReplayEvent {
  const initiativeId = id.startsWith("k") ? "i1" : "i2";
  return {
    entityType: id.startsWith("i") ? "initiative" : "milestone",
    entityId: id,
    initiativeId,
    field,
    newValue,
    effectiveDate: day,
    recordedAt: at(day, 10),
    ...over,
  };
}

const initiativeCreated = (id: string, health = "on_track"): ReplayEvent => ({
  entityType: "initiative",
  entityId: id,
  initiativeId: id,
  field: "created",
  newValue: JSON.stringify({ lifecycleStatus: "negotiating", health }),
  effectiveDate: "2026-03-02",
  recordedAt: at("2026-03-02"),
});

const BASE_EVENTS: ReplayEvent[] = [
  initiativeCreated("i1"),
  initiativeCreated("i2", "at_risk"),
  created(
    "k-launch",
    "i1",
    "2026-03-02",
    milestoneState({ baselineDate: "2026-03-02", plannedDate: "2026-03-02" }),
  ),
  created(
    "k-round",
    "i1",
    "2026-03-02",
    milestoneState({ baselineDate: "2026-05-01", plannedDate: "2026-05-01" }),
  ),
  created(
    "k-text",
    "i1",
    "2026-03-02",
    milestoneState({ baselineDate: "2026-07-15", plannedDate: "2026-07-15" }),
  ),
  created(
    "q-call",
    "i2",
    "2026-03-02",
    milestoneState({ baselineDate: "2026-08-01", plannedDate: "2026-08-01" }),
  ),
  changed("k-launch", "status", "done", "2026-03-02", {
    evidenceUrl: "https://example.org/launch",
  }),
  changed("k-launch", "actualDate", "2026-03-02", "2026-03-02"),
];

function input(over: Partial<ReportInput> = {}, events: ReplayEvent[] = BASE_EVENTS): ReportInput {
  return {
    asOf: "2026-06-30",
    basis: "effective",
    filters: {},
    author: "Demo Analyst",
    status: "draft",
    id: null,
    publishedAt: null,
    generatedAt: "2026-06-30T12:00:00.000Z",
    replay: {
      initiatives: [
        snapshotInitiative({ id: "i1", slug: "ksfta", title: "KSFTA upgrade" }),
        snapshotInitiative({ id: "i2", slug: "quantum", title: `MOU: ${QUANTUM}` }),
      ],
      milestones: [
        {
          id: "k-launch",
          initiativeId: "i1",
          title: "Launch",
          workstream: null,
          provenance: "sourced",
        },
        {
          id: "k-round",
          initiativeId: "i1",
          title: "Round 1",
          workstream: null,
          provenance: "planned_estimate",
        },
        {
          id: "k-text",
          initiativeId: "i1",
          title: "Legal text",
          workstream: null,
          provenance: "planned_estimate",
        },
        {
          id: "q-call",
          initiativeId: "i2",
          title: `${QUANTUM} 공동 연구`,
          workstream: "Research",
          provenance: "planned_estimate",
        },
      ],
      events,
    },
    milestoneDetails: [
      { id: "k-launch", version: 3, sourceIds: ["s-cna"] },
      { id: "k-round", version: 1, sourceIds: [] },
      { id: "k-text", version: 1, sourceIds: [] },
      { id: "q-call", version: 2, sourceIds: ["s-kr"] },
    ],
    initiativeSources: [
      { initiativeId: "i1", sourceIds: ["s-cna"] },
      { initiativeId: "i2", sourceIds: [] },
    ],
    statusUpdates: [
      {
        initiativeId: "i1",
        effectiveDate: "2026-05-10",
        recordedAt: at("2026-05-10"),
        health: "on_track",
        body: "Launched as planned [S1].",
        author: "Analyst A",
      },
      {
        initiativeId: "i1",
        effectiveDate: "2026-07-10",
        recordedAt: at("2026-07-10"),
        health: "at_risk",
        body: "Round 1 has not happened.",
        author: "Analyst B",
      },
    ],
    recordNotes: [
      {
        initiativeId: "i2",
        verdict: "differs",
        briefSays: "One MOU on quantum.",
        recordSays: `The MOU is shared with space [S2]; ${QUANTUM}.`,
        sourceIds: [],
      },
    ],
    sources: [
      {
        id: "s-cna",
        key: "S1",
        title: "CNA report",
        publisher: "CNA",
        url: "https://example.org/cna",
        publishedOn: "2026-03-02",
      },
      {
        id: "s-kr",
        key: "S2",
        title: "한국 보도",
        publisher: "연합뉴스",
        url: "https://example.org/kr",
        publishedOn: null,
      },
      {
        id: "s-unused",
        key: "S3",
        title: "Unused",
        publisher: "X",
        url: "https://example.org/x",
        publishedOn: null,
      },
    ],
    changeEvents: [],
    previous: null,
    ...over,
  };
}

describe("buildReportDocument", () => {
  const doc = buildReportDocument(input());

  it("carries what the report was built for", () => {
    expect(doc).toMatchObject({
      version: 1,
      asOf: "2026-06-30",
      basis: "effective",
      scope: { slug: null, label: "Whole portfolio" },
      author: "Demo Analyst",
      status: "draft",
      id: null,
      publishedAt: null,
      gapDefinition: GAP_DEFINITION,
      previousReport: null,
      changes: [],
    });
    expect(doc.verdict).toMatch(/^As of 30 Jun 2026 the 2 initiatives are/);
    expect(doc.headline.window.note).toMatch(
      /news summary's words, not a commitment by either government/,
    );
  });

  it("gives each initiative its figures, lists and latest update as they stood on the as-of day", () => {
    const [ksfta, quantum] = doc.initiatives;
    expect(ksfta.title).toBe("KSFTA upgrade");
    expect(quantum.title).toBe(`MOU: ${QUANTUM}`);
    // One of three equal milestones done; two had their baseline by 30 June.
    expect(ksfta.progress).toBeCloseTo(100 / 3);
    expect(ksfta.expectedProgress).toBeCloseTo(200 / 3);
    expect(ksfta.done.map((r) => r.title)).toEqual(["Launch"]);
    expect(ksfta.overdue).toEqual([
      { id: "k-round", title: "Round 1", date: "2026-05-01", days: 60 },
    ]);
    expect(ksfta.due.map((r) => r.id)).toEqual(["k-text"]);
    expect(ksfta.next.map((r) => r.id)).toEqual(["k-text"]);
    expect(ksfta.milestones.find((m) => m.id === "k-round")).toMatchObject({
      version: 1,
      overdueDays: 60,
      provenance: "planned_estimate",
    });
    // The July update is later than the as-of day; [S1] becomes endnote 1.
    expect(ksfta.latestUpdate).toEqual({
      date: "2026-05-10",
      health: "on_track",
      body: "Launched as planned [1].",
      author: "Analyst A",
    });
    expect(quantum.forecastText).toBe(describeForecast(quantum.forecast));
    expect(quantum.milestones[0].title).toBe(`${QUANTUM} 공동 연구`);
  });

  it("numbers the cited sources as endnotes in the order first cited, and leaves the rest out", () => {
    expect(doc.sources.map((s) => [s.n, s.title])).toEqual([
      [1, "CNA report"],
      [2, "한국 보도"],
    ]);
    expect(doc.initiatives[0].sourceRefs).toEqual([1]);
    expect(doc.initiatives[1].recordNotes[0]).toEqual({
      briefSays: "One MOU on quantum.",
      recordSays: `The MOU is shared with space [2]; ${QUANTUM}.`,
      verdict: "differs",
      sourceRefs: [2],
    });
  });

  it("covers one initiative alone when asked", () => {
    const one = buildReportDocument(input({ initiativeSlug: "quantum" }));
    expect(one.scope).toEqual({ slug: "quantum", label: `MOU: ${QUANTUM}` });
    expect(one.initiatives.map((i) => i.slug)).toEqual(["quantum"]);
    expect(one.headline.initiativeCount).toBe(1);
  });

  it("keeps the change events in scope, after the previous report's as-of day and up to this one's", () => {
    const event = (initiativeId: string, effectiveDate: string) => ({
      initiativeId,
      recordedAt: `${effectiveDate}T10:00:00.000Z`,
      effectiveDate,
      author: "Analyst",
      initiative: initiativeId,
      milestone: null,
      milestoneId: null,
      field: "health",
      oldValue: "on_track",
      newValue: "at_risk",
      reason: "r",
      evidenceUrl: null,
    });
    const events = [
      event("i1", "2026-04-01"),
      event("i2", "2026-06-01"),
      event("i1", "2026-07-01"),
    ];
    const all = buildReportDocument(input({ changeEvents: events }));
    expect(all.changeEvents.map((e) => e.effectiveDate)).toEqual(["2026-04-01", "2026-06-01"]);
    expect(all.changeEvents[0]).not.toHaveProperty("initiativeId");
    const one = buildReportDocument(input({ changeEvents: events, initiativeSlug: "quantum" }));
    expect(one.changeEvents.map((e) => e.initiative)).toEqual(["i2"]);
  });
});

describe("diffReports", () => {
  const published = (doc: ReportDocument, id: string): ReportDocument => ({
    ...doc,
    status: "published",
    id,
    publishedAt: `${doc.asOf}T12:00:00.000Z`,
  });
  const previous = published(buildReportDocument(input({ asOf: "2026-06-01" })), "cfirst");

  const later = [
    ...BASE_EVENTS,
    changed("k-round", "status", "done", "2026-06-20"),
    changed("k-round", "actualDate", "2026-06-20", "2026-06-20"),
    changed("k-text", "plannedDate", "2026-08-14", "2026-06-10"),
    changed("q-call", "baselineDate", "2026-09-01", "2026-06-12"),
    changed("q-call", "plannedDate", "2026-09-01", "2026-06-12"),
    changed("q-call", "status", "blocked", "2026-06-15"),
    changed("i2", "health", "off_track", "2026-06-15"),
  ];
  const current = buildReportDocument(input({ previous }, later));

  it("lists done, slipped by N days, re-baselined, status and health changes and new updates", () => {
    const kinds = current.changes.map((c) => [c.kind, c.milestone ?? c.initiative, c.days]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["done", "Round 1", undefined],
        ["slipped", "Legal text", 30],
        ["rebaselined", `${QUANTUM} 공동 연구`, 31],
        ["slipped", `${QUANTUM} 공동 연구`, 31],
        ["status", `${QUANTUM} 공동 연구`, undefined],
        ["health", `MOU: ${QUANTUM}`, undefined],
      ]),
    );
    expect(
      current.changes.find((c) => c.kind === "slipped" && c.milestone === "Legal text"),
    ).toEqual({
      kind: "slipped",
      initiative: "KSFTA upgrade",
      milestone: "Legal text",
      text: "Slipped 30 days: planned 15 Jul 2026 → 14 Aug 2026",
      days: 30,
    });
    expect(current.previousReport).toEqual({
      id: "cfirst",
      publishedAt: "2026-06-01T12:00:00.000Z",
      asOf: "2026-06-01",
    });
  });

  it("notices a new status update", () => {
    const before = published(buildReportDocument(input({ asOf: "2026-05-01" })), "c0");
    const after = buildReportDocument(input({ previous: before }));
    expect(after.changes.filter((c) => c.kind === "update")).toEqual([
      {
        kind: "update",
        initiative: "KSFTA upgrade",
        text: "New status update of 10 May 2026 by Analyst A (On track)",
      },
    ]);
  });

  it("finds nothing between a report and itself, and nothing without a previous report", () => {
    expect(diffReports(current, current)).toEqual([]);
    expect(diffReports(null, current)).toEqual([]);
  });
});

describe("canonicalJson", () => {
  const doc = buildReportDocument(input());

  it("is the same whatever order the keys are in, and reads back as the document", () => {
    const shuffled = JSON.parse(JSON.stringify(doc), (_key, value) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as ReportDocument;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(doc)[0]);
    expect(canonicalJson(shuffled)).toBe(canonicalJson(doc));
    expect(JSON.parse(canonicalJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(canonicalJson(doc)).toContain(QUANTUM);
  });

  it("sorts keys at every depth and changes with the content", () => {
    const text = canonicalJson(doc);
    expect(text.indexOf('"asOf"')).toBeLessThan(text.indexOf('"author"'));
    expect(canonicalJson({ ...doc, author: "Someone else" })).not.toBe(text);
  });
});
