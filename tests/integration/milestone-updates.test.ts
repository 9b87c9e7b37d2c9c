import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHistory } from "@/app/api/milestones/[id]/history/route";
import { POST as rebaseline } from "@/app/api/milestones/[id]/rebaseline/route";
import { PATCH as patchMilestone } from "@/app/api/milestones/[id]/route";
import { GET as getAudit } from "@/app/api/audit/route";
import { todayIsoDay } from "@/lib/domain/dates";
import type { Role } from "@/lib/domain/types";
import { seedPortfolio } from "@/prisma/seed/write";
import { apiRequest, createRoleTokens, routeParams } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let db: TestDatabase;
let tokens: Record<Role, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedPortfolio(db.prisma);
  tokens = await createRoleTokens(db);
});
afterAll(() => db?.close());

/** A seeded, not-started milestone that no earlier test has touched. */
function notStartedMilestone() {
  return db.prisma.milestone.findFirstOrThrow({
    where: { status: "not_started", changeEvents: { none: { authorId: { not: null } } } },
    orderBy: { id: "asc" },
  });
}

function patch(id: string, body: unknown, token = tokens.analyst) {
  return patchMilestone(
    apiRequest(`/api/milestones/${id}`, { method: "PATCH", token, body }),
    routeParams({ id }),
  );
}

async function snapshot(id: string) {
  return {
    row: await db.prisma.milestone.findUniqueOrThrow({ where: { id } }),
    events: await db.prisma.changeEvent.count({ where: { milestoneId: id } }),
  };
}

describe("PATCH /api/milestones/{id}", () => {
  it("moves a milestone to in progress, returns the new version, and records the change in its history", async () => {
    const m = await notStartedMilestone();
    const res = await patch(m.id, {
      version: m.version,
      status: "in_progress",
      percentComplete: 20,
      reason: "Working group met",
      effectiveDate: "2026-11-20",
      confidence: "medium",
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      id: m.id,
      status: "in_progress",
      percentComplete: 20,
      version: m.version + 1,
    });

    const history = await (
      await getHistory(
        apiRequest(`/api/milestones/${m.id}/history`, { token: tokens.executive }),
        routeParams({ id: m.id }),
      )
    ).json();
    const latest = history.events.filter(
      (e: { reason: string }) => e.reason === "Working group met",
    );
    expect(latest.map((e: { field: string }) => e.field).sort()).toEqual([
      "percentComplete",
      "status",
    ]);
    expect(latest[0]).toMatchObject({
      author: "Demo Analyst",
      effectiveDate: "2026-11-20",
      confidence: "medium",
    });
    expect(latest.find((e: { field: string }) => e.field === "status")).toMatchObject({
      oldValue: "not_started",
      newValue: "in_progress",
    });

    const filtered = await (
      await getHistory(
        apiRequest(`/api/milestones/${m.id}/history?field=status`, { token: tokens.executive }),
        routeParams({ id: m.id }),
      )
    ).json();
    expect(filtered.events.every((e: { field: string }) => e.field === "status")).toBe(true);
  });

  it("re-plans without touching the baseline, so slippage shows", async () => {
    const m = await notStartedMilestone();
    const res = await patch(m.id, {
      version: m.version,
      plannedDate: "2027-12-31",
      reason: "Other side asked for more time",
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.baselineDate).toBe(m.baselineDate.toISOString().slice(0, 10));
    expect(body.slippageDays).toBeGreaterThan(0);
  });

  it("requires an actual date and evidence to mark a milestone done", async () => {
    const m = await notStartedMilestone();
    const before = await snapshot(m.id);
    const noEvidence = await patch(m.id, {
      version: m.version,
      status: "done",
      actualDate: "2026-11-01",
      reason: "Signed",
    });
    expect(noEvidence.status).toBe(400);
    expect((await noEvidence.json()).fieldErrors.evidenceUrl).toBeDefined();
    const noDate = await patch(m.id, {
      version: m.version,
      status: "done",
      evidenceUrl: "https://example.org/x",
      reason: "Signed",
    });
    expect((await noDate.json()).fieldErrors.actualDate).toBeDefined();
    expect(await snapshot(m.id)).toEqual(before);
    const ok = await patch(m.id, {
      version: m.version,
      status: "done",
      actualDate: "2026-11-01",
      evidenceUrl: "https://example.org/x",
      reason: "Signed",
    });
    expect(ok.status).toBe(200);
  });

  it("answers a stale version with 409 and the current state, writing nothing", async () => {
    const m = await notStartedMilestone();
    expect(
      (
        await patch(m.id, {
          version: m.version,
          percentComplete: 5,
          status: "in_progress",
          reason: "First edit",
        })
      ).status,
    ).toBe(200);
    const before = await snapshot(m.id);
    const res = await patch(m.id, {
      version: m.version,
      status: "blocked",
      reason: "Second edit on an old copy",
    });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.current).toMatchObject({ id: m.id, version: m.version + 1, status: "in_progress" });
    expect(await snapshot(m.id)).toEqual(before);
  });

  it("lets exactly one of twenty concurrent edits on the same version through", async () => {
    const m = await notStartedMilestone();
    const before = await snapshot(m.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        patch(m.id, {
          version: m.version,
          status: "in_progress",
          percentComplete: n + 1,
          reason: `Concurrent edit ${n}`,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const after = await snapshot(m.id);
    expect(after.row.version).toBe(m.version + 1);
    // One change set: status and percentComplete, recorded together.
    const newEvents = await db.prisma.changeEvent.findMany({
      where: { milestoneId: m.id },
      orderBy: { recordedAt: "desc" },
      take: after.events - before.events,
    });
    expect(new Set(newEvents.map((e) => e.changeSetId)).size).toBe(1);
    expect(after.events - before.events).toBe(2);
  });

  it.each([
    ["an unknown status", { status: "finished" }, "status", /status must be one of/],
    [
      "a future effective date",
      { status: "in_progress", effectiveDate: "2999-01-01" },
      "effectiveDate",
      /cannot be in the future/,
    ],
    ["a missing reason", { status: "in_progress", reason: undefined }, "reason", /./],
    ["a malformed date", { plannedDate: "2026-13-45" }, "plannedDate", /real calendar date/],
    [
      "a 1 MB reason",
      { status: "in_progress", reason: "x".repeat(1_000_000) },
      "reason",
      /under 2,000 characters/,
    ],
    [
      "a non-http evidence link",
      { status: "in_progress", evidenceUrl: "javascript:alert(1)" },
      "evidenceUrl",
      /http/,
    ],
    ["a percentage over 100", { percentComplete: 140 }, "percentComplete", /100/],
    ["an unknown field", { title: "Renamed" }, "", /./],
  ])(
    "rejects %s with 400 and leaves the milestone and its history unchanged",
    async (_label, fields, field, message) => {
      const m = await notStartedMilestone();
      const before = await snapshot(m.id);
      const res = await patch(m.id, { version: m.version, reason: "Because", ...fields });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error).toBeTruthy();
      if (field) expect(body.fieldErrors[field]?.[0]).toMatch(message);
      expect(await snapshot(m.id)).toEqual(before);
    },
  );

  it("rejects malformed JSON with 400 and a missing version with 400", async () => {
    const m = await notStartedMilestone();
    const res = await patchMilestone(
      apiRequest(`/api/milestones/${m.id}`, {
        method: "PATCH",
        token: tokens.analyst,
        rawBody: "{status:",
      }),
      routeParams({ id: m.id }),
    );
    expect(res.status).toBe(400);
    expect((await patch(m.id, { status: "in_progress", reason: "No version" })).status).toBe(400);
  });

  it("refuses an executive with 403 and no token with 401, changing nothing", async () => {
    const m = await notStartedMilestone();
    const before = await snapshot(m.id);
    expect(
      (
        await patch(
          m.id,
          { version: m.version, status: "in_progress", reason: "Exec" },
          tokens.executive,
        )
      ).status,
    ).toBe(403);
    const anonymous = await patchMilestone(
      apiRequest(`/api/milestones/${m.id}`, { method: "PATCH", body: { version: 1 } }),
      routeParams({ id: m.id }),
    );
    expect(anonymous.status).toBe(401);
    expect(await snapshot(m.id)).toEqual(before);
  });

  it("answers 404 for an unknown milestone", async () => {
    expect(
      (await patch("ms_does_not_exist", { version: 1, status: "in_progress", reason: "x y z" }))
        .status,
    ).toBe(404);
  });
});

describe("re-baselining", () => {
  it("is its own action that records the old baseline and why", async () => {
    const m = await notStartedMilestone();
    const res = await rebaseline(
      apiRequest(`/api/milestones/${m.id}/rebaseline`, {
        method: "POST",
        token: tokens.analyst,
        body: {
          version: m.version,
          baselineDate: "2027-06-30",
          reason: "Both sides agreed a new calendar",
        },
      }),
      routeParams({ id: m.id }),
    );
    expect(res.status).toBe(200);
    const event = await db.prisma.changeEvent.findFirstOrThrow({
      where: { milestoneId: m.id, field: "baselineDate" },
      orderBy: { recordedAt: "desc" },
    });
    expect(event).toMatchObject({
      oldValue: m.baselineDate.toISOString().slice(0, 10),
      newValue: "2027-06-30",
      reason: "Both sides agreed a new calendar",
    });
  });
});

describe("audit log", () => {
  it("lists changes across the portfolio, filterable by person and date, for analysts but not executives", async () => {
    const today = todayIsoDay();
    const res = await getAudit(
      apiRequest(`/api/audit?author=analyst@corridor.test&from=${today}&to=${today}`, {
        token: tokens.analyst,
      }),
      routeParams({}),
    );
    expect(res.status).toBe(200);
    const { events } = await res.json();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: { author: string }) => e.author === "Demo Analyst")).toBe(true);
    expect(
      (await getAudit(apiRequest("/api/audit", { token: tokens.executive }), routeParams({})))
        .status,
    ).toBe(403);
    expect(
      (
        await getAudit(
          apiRequest("/api/audit?from=2026-12-01&to=2026-11-01", { token: tokens.analyst }),
          routeParams({}),
        )
      ).status,
    ).toBe(400);
  });
});
