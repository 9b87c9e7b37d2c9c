import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchMilestone, GET as getMilestone } from "@/app/api/milestones/[id]/route";
import { POST as postSource } from "@/app/api/sources/route";
import { apiRoute } from "@/lib/http/api-route";
import { errorResponse } from "@/lib/http/errors";
import type { Role } from "@/lib/domain/types";
import { seedPortfolio } from "@/prisma/seed/write";
import {
  apiRequest,
  createRoleTokens,
  jsonAnswer,
  noParams,
  routeParams,
} from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let db: TestDatabase;
let tokens: Record<Role, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedPortfolio(db.prisma);
  tokens = await createRoleTokens(db);
});
afterAll(() => db?.close());

/** The error a promise rejects with (the test fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected the database to refuse"),
    (error: unknown) => error,
  );
}

/** A real unique-constraint violation: a second source with a recorded key and link. */
async function uniqueViolation() {
  const existing = await db.prisma.source.findFirstOrThrow();
  return rejection(
    db.prisma.source.create({
      data: {
        key: existing.key,
        title: "A copy",
        url: existing.url,
        publisher: "Nobody",
      },
    }),
  );
}

/** A real "record to update not found". */
const missingRecord = () =>
  rejection(
    db.prisma.milestone.update({ where: { id: "no-such-milestone" }, data: { title: "x" } }),
  );

describe("the error mapper", () => {
  it("answers a unique-constraint clash (P2002) with 409 duplicate, naming no table or column", async () => {
    const error = await uniqueViolation();
    expect(error).toMatchObject({ code: "P2002" });
    const { status, body } = await jsonAnswer(errorResponse(error));
    expect(status).toBe(409);
    expect(body).toEqual({ error: expect.any(String), code: "duplicate" });
    expect(JSON.stringify(body)).not.toMatch(/source|url|key|constraint/i);
  });

  it("answers a record that is not there (P2025) with 404 not_found", async () => {
    const error = await missingRecord();
    expect(error).toMatchObject({ code: "P2025" });
    const { status, body } = await jsonAnswer(errorResponse(error));
    expect(status).toBe(404);
    expect(body).toEqual({ error: expect.any(String), code: "not_found" });
  });

  it("answers anything unexpected with a generic 500 that reveals nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = await jsonAnswer(
      errorResponse(new Error("connect postgresql://corridor:secret@db.internal failed")),
    );
    log.mockRestore();
    expect(status).toBe(500);
    expect(body).toEqual({ error: "Something went wrong on the server.", code: "internal" });
  });

  it("maps database errors the same way when a route handler lets them through", async () => {
    const leaks = (databaseError: () => Promise<unknown>) =>
      apiRoute("portfolio:read", async () => {
        throw await databaseError();
      })(apiRequest("/api/anything", { token: tokens.executive }), noParams);
    expect(await jsonAnswer(leaks(uniqueViolation))).toMatchObject({
      status: 409,
      body: { code: "duplicate" },
    });
    expect(await jsonAnswer(leaks(missingRecord))).toMatchObject({
      status: 404,
      body: { code: "not_found" },
    });
  });
});

describe("API error bodies carry a machine-readable code beside the message", () => {
  const patch = (id: string, options: Parameters<typeof apiRequest>[1]) =>
    jsonAnswer(
      patchMilestone(
        apiRequest(`/api/milestones/${id}`, { method: "PATCH", ...options }),
        routeParams({ id }),
      ),
    );

  it("401 unauthorized, 403 forbidden, 404 not_found", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow();
    const anonymous = await jsonAnswer(
      getMilestone(apiRequest(`/api/milestones/${m.id}`), routeParams({ id: m.id })),
    );
    expect(anonymous).toMatchObject({ status: 401, body: { code: "unauthorized" } });
    const executive = await patch(m.id, {
      token: tokens.executive,
      body: { version: m.version, percentComplete: 10, reason: "Not mine to change" },
    });
    expect(executive).toMatchObject({ status: 403, body: { code: "forbidden" } });
    const missing = await jsonAnswer(
      getMilestone(
        apiRequest("/api/milestones/no-such-milestone", { token: tokens.executive }),
        routeParams({ id: "no-such-milestone" }),
      ),
    );
    expect(missing).toMatchObject({ status: 404, body: { code: "not_found" } });
  });

  it("400 invalid with a message per field, 413 payload_too_large", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow();
    const invalid = await patch(m.id, {
      token: tokens.analyst,
      body: { version: m.version, percentComplete: 101, reason: "Too much" },
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: { code: "invalid", fieldErrors: { percentComplete: [expect.any(String)] } },
    });
    const huge = await patch(m.id, {
      token: tokens.analyst,
      rawBody: JSON.stringify({ reason: "x".repeat(2_100_000) }),
    });
    expect(huge).toMatchObject({ status: 413, body: { code: "payload_too_large" } });
  });

  it("409 version_conflict with the current record, 409 duplicate, and 201 for a create", async () => {
    const m = await db.prisma.milestone.findFirstOrThrow({ where: { status: "not_started" } });
    const stale = await patch(m.id, {
      token: tokens.analyst,
      body: { version: m.version + 1, status: "in_progress", percentComplete: 10, reason: "Stale" },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { code: "version_conflict", current: { id: m.id, version: m.version } },
    });

    const source = { title: "A new source", url: "https://example.org/new", publisher: "Example" };
    const post = () =>
      jsonAnswer(
        postSource(
          apiRequest("/api/sources", { method: "POST", token: tokens.analyst, body: source }),
          noParams,
        ),
      );
    expect((await post()).status).toBe(201);
    expect(await post()).toMatchObject({ status: 409, body: { code: "duplicate" } });
  });
});
