import { describe, expect, it } from "vitest";
import { GET as getHistory } from "@/app/api/milestones/[id]/history/route";
import { PATCH as patchMilestoneRoute } from "@/app/api/milestones/[id]/route";
import { GET as getAudit } from "@/app/api/audit/route";
import { addDaysIso, daysBetween, dayToDate, toIsoDay } from "@/lib/domain/dates";
import { apiRequest, jsonAnswer, noParams, routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { milestoneSnapshot, untouchedMilestone } from "./support/milestones";
import { patchMilestone, rebaselineMilestone } from "./support/routes";
import { TOMORROW } from "./support/today";

const { db, tokens, userIds } = databaseForFile({ seed: true, accounts: true });

/** A seeded, not-started milestone that no earlier test has touched. */
const notStartedMilestone = () => untouchedMilestone(db.prisma);

const patch = (id: string, body: unknown, token: string | undefined = tokens.analyst) =>
  patchMilestone(token, id, body);

const snapshot = (id: string) => milestoneSnapshot(db.prisma, id);

/** The milestone's change events as an executive reads them, newest first. */
async function history(id: string, query = "") {
  const res = await getHistory(
    apiRequest(`/api/milestones/${id}/history${query}`, { token: tokens.executive }),
    routeParams({ id }),
  );
  expect(res.status).toBe(200);
  return (await res.json()).events;
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

    const latest = (await history(m.id)).filter(
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

    const filtered = await history(m.id, "?field=status");
    const stored = await db.prisma.changeEvent.count({
      where: { milestoneId: m.id, field: "status" },
    });
    expect(filtered.map((e: { field: string }) => e.field)).toEqual(Array(stored).fill("status"));
    expect(filtered[0]).toMatchObject({ reason: "Working group met", newValue: "in_progress" });
  });

  it("re-plans without touching the baseline, so slippage shows", async () => {
    const m = await notStartedMilestone();
    const replan = { plannedDate: "2027-12-31", reason: "Other side asked for more time" };
    const { status, body } = await jsonAnswer(patch(m.id, { version: m.version, ...replan }));
    expect(status).toBe(200);
    expect(body.baselineDate).toBe(toIsoDay(m.baselineDate));
    expect(body.plannedDate).toBe("2027-12-31");
    expect(body.slippageDays).toBe(daysBetween(toIsoDay(m.baselineDate), "2027-12-31"));
  });

  it("requires an actual date and evidence to mark a milestone done", async () => {
    const m = await notStartedMilestone();
    const before = await snapshot(m.id);
    const done = {
      version: m.version,
      status: "done",
      actualDate: "2026-11-01",
      evidenceUrl: "https://example.org/x",
      reason: "Signed",
    };
    for (const missing of ["evidenceUrl", "actualDate"] as const) {
      const res = await patch(m.id, { ...done, [missing]: undefined });
      expect(res.status, missing).toBe(400);
      expect((await res.json()).fieldErrors, missing).toEqual({ [missing]: [expect.any(String)] });
    }
    expect(await snapshot(m.id)).toEqual(before);
    expect((await patch(m.id, done)).status).toBe(200);
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
      { status: "in_progress", effectiveDate: TOMORROW },
      "effectiveDate",
      /cannot be in the future/,
    ],
    ["a missing reason", { status: "in_progress", reason: undefined }, "reason", /./],
    ["a malformed date", { plannedDate: "2026-13-45" }, "plannedDate", /real calendar date/],
    [
      // (A body over 256 KB is refused whole with 413: see hostile-input.test.ts.)
      "a 100 KB reason",
      { status: "in_progress", reason: "x".repeat(100_000) },
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
    ["an unknown field", { title: "Renamed" }, "_", /title/],
  ])(
    "rejects %s with 400 and leaves the milestone and its history unchanged",
    async (_label, fields, field, message) => {
      const m = await notStartedMilestone();
      const before = await snapshot(m.id);
      const res = await patch(m.id, { version: m.version, reason: "Because", ...fields });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error).toBeTruthy();
      expect(body.fieldErrors[field]?.[0]).toMatch(message);
      expect(await snapshot(m.id)).toEqual(before);
    },
  );

  it("rejects malformed JSON with 400 and a missing version with 400", async () => {
    const m = await notStartedMilestone();
    const res = await patchMilestoneRoute(
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
    expect((await patchMilestone(undefined, m.id, { version: 1 })).status).toBe(401);
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
    const res = await rebaselineMilestone(tokens.analyst, m.id, {
      version: m.version,
      baselineDate: "2027-06-30",
      reason: "Both sides agreed a new calendar",
    });
    expect(res.status).toBe(200);
    const event = await db.prisma.changeEvent.findFirstOrThrow({
      where: { milestoneId: m.id, field: "baselineDate" },
      orderBy: { recordedAt: "desc" },
    });
    expect(event).toMatchObject({
      oldValue: toIsoDay(m.baselineDate),
      newValue: "2027-06-30",
      reason: "Both sides agreed a new calendar",
    });
  });
});

describe("audit log", () => {
  it("lists changes across the portfolio, filterable by person and date, for analysts but not executives", async () => {
    const audit = (query: string, token = tokens.analyst) =>
      getAudit(apiRequest(`/api/audit${query}`, { token }), noParams);
    // Recorded days are the clock's, not the pinned today: filter on the day the writes were recorded.
    const analystEvents = { authorId: userIds.analyst };
    const { recordedAt } = await db.prisma.changeEvent.findFirstOrThrow({
      where: analystEvents,
      orderBy: { recordedAt: "desc" },
    });
    const day = toIsoDay(recordedAt);
    const expected = await db.prisma.changeEvent.findMany({
      where: {
        ...analystEvents,
        recordedAt: { gte: dayToDate(day), lt: dayToDate(addDaysIso(day, 1)) },
      },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    });
    expect(expected).not.toHaveLength(0);

    const res = await audit(`?author=analyst@corridor.test&from=${day}&to=${day}`);
    expect(res.status).toBe(200);
    const { events } = await res.json();
    expect(events.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(events.map((e: { author: string }) => e.author))).toEqual(
      new Set(["Demo Analyst"]),
    );
    const later = await audit(`?author=analyst@corridor.test&from=${addDaysIso(day, 1)}`);
    expect((await later.json()).events).toEqual([]);
    expect((await audit("", tokens.executive)).status).toBe(403);
    expect((await audit("?from=2026-12-01&to=2026-11-01")).status).toBe(400);
  });
});
