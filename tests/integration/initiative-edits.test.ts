import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchInitiative } from "@/app/api/initiatives/[slug]/route";
import { POST as postMilestone } from "@/app/api/initiatives/[slug]/milestones/route";
import { POST as postOrder } from "@/app/api/initiatives/[slug]/milestones/order/route";
import { POST as postRecordNote } from "@/app/api/initiatives/[slug]/record-notes/route";
import { POST as postLink } from "@/app/api/initiatives/[slug]/sources/route";
import { POST as postUpdate } from "@/app/api/initiatives/[slug]/updates/route";
import { GET as listSourcesRoute, POST as postSource } from "@/app/api/sources/route";
import { toIsoDay } from "@/lib/domain/dates";
import { replay, type ReplayEvent } from "@/lib/domain/replay";
import { SOURCES } from "@/prisma/seed/sources";
import { apiRequest, jsonAnswer, noParams, routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { TODAY, TOMORROW } from "./support/today";

const { db, tokens, userIds } = databaseForFile({ seed: true, accounts: true });
let slug: string;
beforeAll(async () => {
  slug = (await db.prisma.initiative.findFirstOrThrow({ orderBy: { position: "asc" } })).slug;
});

type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
/** Sends `body` as JSON to a write route, for the initiative `slug` unless `params` say otherwise. */
function call(
  route: Route,
  token: string | undefined,
  body: unknown,
  params: Record<string, string> = { slug },
) {
  const request = apiRequest("/api/test", { method: "POST", token, body });
  return jsonAnswer(route(request, routeParams(params) as { params: Promise<never> }));
}

/** Sends `body` as the analyst; expects 400 with a message for exactly `fields`, and nothing changed. */
async function expectInvalid(route: Route, body: unknown, fields: string[]) {
  const before = await snapshot();
  const res = await call(route, tokens.analyst, body);
  expect(res.status).toBe(400);
  expect(Object.keys(res.body.fieldErrors).sort()).toEqual(fields);
  expect(await snapshot()).toEqual(before);
}

const row = () => db.prisma.initiative.findUniqueOrThrow({ where: { slug } });
const eventCount = () => db.prisma.changeEvent.count();
/** Everything a failed write must leave as it was. */
const snapshot = async () => ({
  initiatives: await db.prisma.initiative.findMany({ orderBy: { id: "asc" } }),
  milestones: await db.prisma.milestone.findMany({ orderBy: { id: "asc" } }),
  events: await eventCount(),
  updates: await db.prisma.statusUpdate.count(),
  sources: await db.prisma.source.count(),
  notes: await db.prisma.recordNote.count(),
});

describe("PATCH /api/initiatives/{slug}", () => {
  it("changes the initiative, bumps its version and records one event per field with author and reason", async () => {
    const before = await row();
    const health = before.health === "at_risk" ? "off_track" : "at_risk";
    const res = await call(patchInitiative, tokens.analyst, {
      version: before.version,
      reason: "Talks slipped past the summer",
      health,
      targetLabel: "late 2026",
      targetEnd: "2026-12-31",
      evidenceUrl: "https://example.org/report",
      confidence: "medium",
      effectiveDate: "2026-11-20",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slug,
      version: before.version + 1,
      health,
      target: { end: "2026-12-31", label: "late 2026" },
    });
    const events = await db.prisma.changeEvent.findMany({
      where: { initiativeId: before.id, authorId: userIds.analyst },
    });
    expect(events.map((e) => e.field).sort()).toEqual(["health", "targetEnd", "targetLabel"]);
    expect(new Set(events.map((e) => e.changeSetId)).size).toBe(1);
    for (const e of events) {
      expect(e).toMatchObject({
        entityType: "initiative",
        authorId: userIds.analyst,
        authorLabel: "Demo Analyst",
        reason: "Talks slipped past the summer",
        confidence: "medium",
      });
      expect(toIsoDay(e.effectiveDate)).toBe("2026-11-20");
    }
    expect(events.find((e) => e.field === "targetEnd")).toMatchObject({
      oldValue: toIsoDay(before.targetEnd),
      newValue: "2026-12-31",
    });
    expect(events.find((e) => e.field === "health")).toMatchObject({
      oldValue: before.health,
      newValue: health,
    });
  });

  it("answers 409 with the current initiative on a stale version and writes nothing", async () => {
    const before = await snapshot();
    const current = await row();
    const res = await call(patchInitiative, tokens.analyst, {
      version: current.version - 1,
      reason: "Based on an old copy",
      summary: "A summary nobody else has seen yet.",
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/Someone else changed this initiative/);
    expect(res.body.current).toMatchObject({
      slug,
      version: current.version,
      summary: current.summary,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("answers 400 with a message per field for invalid input and changes nothing", async () => {
    const before = await snapshot();
    const { version, targetEnd } = await row();
    const cases: [Record<string, unknown>, string][] = [
      [{ targetStart: "2026-12-01", targetEnd: "2026-06-30" }, "targetEnd"],
      [{ targetStart: toIsoDay(new Date(targetEnd.getTime() + 86_400_000)) }, "targetStart"],
      [{ health: "great" }, "health"],
      [{ health: "at_risk", effectiveDate: TOMORROW }, "effectiveDate"],
      [{ targetStart: "2026-02-30" }, "targetStart"],
      [{ evidenceUrl: "javascript:alert(1)", health: "on_track" }, "evidenceUrl"],
      [{ colour: "red" }, "_"],
    ];
    for (const [patch, field] of cases) {
      const res = await call(patchInitiative, tokens.analyst, {
        version,
        reason: "Checking validation",
        ...patch,
      });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.fieldErrors?.[field]?.[0], JSON.stringify(res.body)).toEqual(
        expect.any(String),
      );
    }
    const noReason = await call(patchInitiative, tokens.analyst, { version, health: "on_track" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fieldErrors.reason).toHaveLength(1);
    expect(
      (
        await call(
          patchInitiative,
          tokens.analyst,
          { version, reason: "Unknown", health: "on_track" },
          { slug: "no-such-initiative" },
        )
      ).status,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});

describe("permissions on every write route", () => {
  it("answers 403 to executives and 401 without a token, and nothing changes", async () => {
    const before = await snapshot();
    const routes: Route[] = [
      patchInitiative,
      postRecordNote,
      postUpdate,
      postMilestone,
      postOrder,
      postSource,
      postLink,
    ];
    for (const route of routes) {
      expect(
        (await call(route, tokens.executive, { reason: "Executives may not write" })).status,
      ).toBe(403);
      expect((await call(route, undefined, { reason: "Nobody signed in" })).status).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("POST /api/initiatives/{slug}/updates", () => {
  it("posts an update and moves the initiative's health with an event and a new version", async () => {
    const before = await row();
    const health = before.health === "off_track" ? "on_track" : "off_track";
    const res = await call(postUpdate, tokens.analyst, {
      health,
      body: "Negotiators missed the November round entirely.",
      effectiveDate: "2026-11-25",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ health, effectiveDate: "2026-11-25", author: "Demo Analyst" });
    const stored = await db.prisma.statusUpdate.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored).toMatchObject({ authorId: userIds.analyst, authorLabel: "Demo Analyst" });
    const after = await row();
    expect(after).toMatchObject({ health, version: before.version + 1 });
    const event = await db.prisma.changeEvent.findFirstOrThrow({
      where: { initiativeId: before.id, field: "health" },
      orderBy: { recordedAt: "desc" },
    });
    expect(event).toMatchObject({
      oldValue: before.health,
      newValue: health,
      reason: "Status update of 2026-11-25",
      authorId: userIds.analyst,
    });
  });

  it("leaves health and version alone when the update keeps the same health; defaults the date to today", async () => {
    const before = await row();
    const events = await eventCount();
    const res = await call(postUpdate, tokens.analyst, {
      health: before.health,
      body: "No change this week; next round in December.",
    });
    expect(res.status).toBe(201);
    expect(res.body.effectiveDate).toBe(TODAY);
    expect((await row()).version).toBe(before.version);
    expect(await eventCount()).toBe(events);
  });

  it("rejects a short body, an unknown health and a future date", async () => {
    await expectInvalid(
      postUpdate,
      { health: "fine", body: "short", effectiveDate: "2027-01-01" },
      ["body", "effectiveDate", "health"],
    );
  });
});

describe("POST /api/initiatives/{slug}/milestones", () => {
  it("creates a milestone whose created event replays to the new row", async () => {
    const res = await call(postMilestone, tokens.analyst, {
      title: "Legal scrubbing completed",
      side: "joint",
      baselineDate: "2027-01-15",
      plannedDate: "2027-02-01",
      weight: 2,
      provenance: "planned_estimate",
      reason: "Added after the November round",
      evidenceUrl: "https://example.org/round",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: "Legal scrubbing completed",
      version: 1,
      status: "not_started",
      plannedDate: "2027-02-01",
      slippageDays: 17,
    });
    const created = await db.prisma.milestone.findUniqueOrThrow({ where: { id: res.body.id } });
    const events = await db.prisma.changeEvent.findMany({ where: { milestoneId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      field: "created",
      authorLabel: "Demo Analyst",
      reason: "Added after the November round",
    });
    const replayable: ReplayEvent[] = events.map((e) => ({
      entityType: e.entityType,
      entityId: e.milestoneId!,
      initiativeId: e.initiativeId,
      field: e.field,
      newValue: e.newValue,
      effectiveDate: toIsoDay(e.effectiveDate),
      recordedAt: e.recordedAt,
    }));
    expect(replay(replayable, TODAY).milestones.get(created.id)).toEqual({
      id: created.id,
      initiativeId: created.initiativeId,
      status: created.status,
      percentComplete: created.percentComplete,
      baselineDate: toIsoDay(created.baselineDate),
      plannedDate: toIsoDay(created.plannedDate),
      actualDate: null,
      side: created.side,
      weight: created.weight,
    });
    const last = await db.prisma.milestone.findFirstOrThrow({
      where: { initiativeId: created.initiativeId },
      orderBy: { position: "desc" },
    });
    expect(last.id).toBe(created.id);
  });

  it("rejects invalid milestones with a message per field and writes nothing", async () => {
    const valid = { title: "Valid title", side: "joint", baselineDate: "2027-01-01" };
    const milestone = { ...valid, provenance: "sourced", reason: "Checking validation" };
    await expectInvalid(
      postMilestone,
      { ...milestone, title: "x", side: "moon", baselineDate: "2027-13-01" },
      ["baselineDate", "side", "title"],
    );
    await expectInvalid(postMilestone, { ...milestone, workstream: "Nope" }, ["workstream"]);
  });
});

describe("POST /api/initiatives/{slug}/milestones/order", () => {
  const ordered = async () => {
    const { id } = await row();
    return db.prisma.milestone.findMany({
      where: { initiativeId: id },
      orderBy: { position: "asc" },
    });
  };

  it("moves milestones, bumps the moved ones' versions and records one position event each", async () => {
    const before = await ordered();
    const ids = before.map((m) => m.id);
    [ids[0], ids[1]] = [ids[1], ids[0]];
    const res = await call(postOrder, tokens.analyst, {
      ids,
      reason: "Ratification now precedes the legal review",
    });
    expect(res.status).toBe(200);
    expect(res.body.milestones.map((m: { id: string }) => m.id)).toEqual(ids);
    const after = await ordered();
    expect(after.map((m) => m.id)).toEqual(ids);
    for (const m of after) {
      const old = before.find((b) => b.id === m.id)!;
      expect(m.version, m.title).toBe(old.position === m.position ? old.version : old.version + 1);
    }
    const events = await db.prisma.changeEvent.findMany({
      where: { field: "position", milestoneId: { in: ids.slice(0, 2) } },
    });
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.changeSetId)).size).toBe(1);
    expect(events.find((e) => e.milestoneId === ids[0])).toMatchObject({
      oldValue: "1",
      newValue: "0",
      reason: "Ratification now precedes the legal review",
      authorLabel: "Demo Analyst",
    });
    expect(events.find((e) => e.milestoneId === ids[1])).toMatchObject({
      oldValue: "0",
      newValue: "1",
    });
  });

  it("rejects an incomplete, duplicated or foreign id list and changes nothing", async () => {
    const before = await snapshot();
    const ids = (await ordered()).map((m) => m.id);
    const other = await db.prisma.milestone.findFirstOrThrow({
      where: { initiative: { slug: { not: slug } } },
    });
    const lists = [ids.slice(1), [...ids, ids[0]], [...ids.slice(1), other.id], []];
    for (const list of lists) {
      const res = await call(postOrder, tokens.analyst, { ids: list, reason: "Bad order" });
      expect(res.status, JSON.stringify(list.length)).toBe(400);
      expect(res.body.fieldErrors.ids[0]).toEqual(expect.any(String));
    }
    expect((await call(postOrder, tokens.analyst, { ids, reason: "Same order" })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe("sources", () => {
  const source = {
    title: "Joint statement on the second negotiating round",
    publisher: "MTI",
    publishedOn: "2026-11-20",
  };

  it("rejects links that are not http or https", async () => {
    const before = await snapshot();
    for (const url of [
      "javascript:alert(1)",
      "ftp://example.org/file",
      "example.org/no-scheme",
      "data:text/html,hi",
    ]) {
      const res = await call(postSource, tokens.analyst, { ...source, url });
      expect(res.status, url).toBe(400);
      expect(res.body.fieldErrors.url[0]).toEqual(expect.any(String));
    }
    expect(await snapshot()).toEqual(before);
  });

  it("creates sources with the next analyst key and answers 409 with the existing one for a known link", async () => {
    const first = await call(postSource, tokens.analyst, {
      ...source,
      url: "https://www.mti.gov.sg/round-2",
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      key: "A1",
      url: "https://www.mti.gov.sg/round-2",
      publishedOn: "2026-11-20",
      note: null,
    });
    const second = await call(postSource, tokens.analyst, {
      ...source,
      url: "https://www.mti.gov.sg/round-3",
      note: "",
    });
    expect(second.body.key).toBe("A2");
    const before = await snapshot();
    const dup = await call(postSource, tokens.analyst, {
      ...source,
      title: "Same page again",
      url: "https://www.mti.gov.sg/round-2",
    });
    expect(dup.status).toBe(409);
    expect(dup.body.existing).toMatchObject({ id: first.body.id, key: "A1" });
    const seeded = await db.prisma.source.findFirstOrThrow({ where: { key: "S1" } });
    const seededDup = await call(postSource, tokens.analyst, { ...source, url: seeded.url });
    expect(seededDup.body.existing.key).toBe("S1");
    expect(
      (
        await call(postSource, tokens.analyst, {
          ...source,
          url: "https://example.org/x",
          key: "S1",
        })
      ).status,
    ).toBe(409);
    expect(await snapshot()).toEqual(before);
    const list = await listSourcesRoute(
      apiRequest("/api/sources", { token: tokens.executive }),
      noParams,
    );
    expect(list.status).toBe(200);
    expect((await list.json()).sources.map((s: { key: string }) => s.key).sort()).toEqual(
      [...SOURCES.map((s) => s.key), "A1", "A2"].sort(),
    );
  });

  it("links a source to the initiative and one of its milestones with change events", async () => {
    const src = await db.prisma.source.findUniqueOrThrow({ where: { key: "A1" } });
    const initiative = await row();
    const milestone = await db.prisma.milestone.findFirstOrThrow({
      where: { initiativeId: initiative.id },
    });
    const res = await call(postLink, tokens.analyst, {
      sourceId: src.id,
      milestoneId: milestone.id,
    });
    expect(res.status).toBe(201);
    const events = await db.prisma.changeEvent.findMany({
      where: { field: "source", newValue: "A1" },
    });
    expect(events.map((e) => [e.entityType, e.milestoneId]).sort()).toEqual([
      ["initiative", null],
      ["milestone", milestone.id],
    ]);
    expect(events.map((e) => e.authorLabel)).toEqual(["Demo Analyst", "Demo Analyst"]);
    const linked = await db.prisma.initiative.findUniqueOrThrow({
      where: { id: initiative.id },
      include: { sources: true },
    });
    expect(linked.sources.map((s) => s.key)).toContain("A1");
    const before = await snapshot();
    expect(
      (await call(postLink, tokens.analyst, { sourceId: src.id, milestoneId: milestone.id }))
        .status,
    ).toBe(409);
    const foreign = await db.prisma.milestone.findFirstOrThrow({
      where: { initiativeId: { not: initiative.id } },
    });
    expect(
      (await call(postLink, tokens.analyst, { sourceId: src.id, milestoneId: foreign.id })).body
        .fieldErrors.milestoneId,
    ).toHaveLength(1);
    expect(
      (await call(postLink, tokens.analyst, { sourceId: "nope" })).body.fieldErrors.sourceId,
    ).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
  });
});

describe("POST /api/initiatives/{slug}/record-notes", () => {
  it("adds a note with its sources and a change event", async () => {
    const src = await db.prisma.source.findUniqueOrThrow({ where: { key: "A2" } });
    const res = await call(postRecordNote, tokens.analyst, {
      verdict: "differs",
      briefSays: "Conclusion by mid-2026.",
      recordSays: "Round two ended in November without a text.",
      sourceIds: [src.id],
      reason: "Round two outcome",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ verdict: "differs", sources: [{ key: "A2" }] });
    const event = await db.prisma.changeEvent.findFirstOrThrow({ where: { field: "recordNote" } });
    expect(event).toMatchObject({
      entityType: "initiative",
      oldValue: null,
      reason: "Round two outcome",
      authorLabel: "Demo Analyst",
    });
    expect(event.newValue).toMatch(/^differs: Round two ended/);
    const bad = await call(postRecordNote, tokens.analyst, {
      verdict: "wrong",
      briefSays: "",
      recordSays: "x",
      sourceIds: ["missing"],
    });
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual([
      "briefSays",
      "reason",
      "recordSays",
      "verdict",
    ]);
  });
});
