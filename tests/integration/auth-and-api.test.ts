import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getInitiative } from "@/app/api/initiatives/[slug]/route";
import { GET as listInitiatives } from "@/app/api/initiatives/route";
import { GET as listUsersRoute } from "@/app/api/users/route";
import { getAuth } from "@/lib/auth/auth";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import { createApiToken } from "@/lib/server/api-tokens";
import { resolveActor } from "@/lib/server/actor";
import { createUserWithPassword } from "@/lib/server/users";
import { seedPortfolio } from "@/prisma/seed/write";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let db: TestDatabase;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  db = await createTestDatabase();
  await seedPortfolio(db.prisma);
  for (const account of DEMO_ACCOUNTS) {
    await createUserWithPassword(db.prisma, account);
    tokens[account.role] = (await createApiToken(db.prisma, { email: account.email })).token;
  }
});
afterAll(() => db?.close());

const call = (path: string, token?: string) =>
  new Request(`http://localhost${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const noParams = { params: Promise.resolve({}) } as never;
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("passwords and sessions", () => {
  it("stores a hash, never the password", async () => {
    const account = await db.prisma.account.findFirstOrThrow({
      where: { user: { email: "analyst@corridor.test" } },
    });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("corridor-analyst-2026");
  });

  it("signs in with the right password and refuses a wrong one with 401", async () => {
    const auth = getAuth();
    const ok = await auth.api.signInEmail({
      body: { email: "analyst@corridor.test", password: "corridor-analyst-2026" },
      asResponse: true,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("set-cookie")).toMatch(/session_token=.*HttpOnly/i);
    const cookie = ok.headers.get("set-cookie")!.split(";")[0];
    expect((await resolveActor(new Headers({ cookie })))?.role).toBe("analyst");
    const bad = await auth.api.signInEmail({
      body: { email: "analyst@corridor.test", password: "wrong-password-123" },
      asResponse: true,
    });
    expect(bad.status).toBe(401);
  });

  it("refuses sign-in to a deactivated user and ignores their tokens", async () => {
    const user = await createUserWithPassword(db.prisma, {
      email: "gone@corridor.test",
      name: "Gone",
      role: "analyst",
      password: "a-long-password-1",
    });
    const { token } = await createApiToken(db.prisma, { email: user.email });
    await db.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const res = await getAuth().api.signInEmail({
      body: { email: user.email, password: "a-long-password-1" },
      asResponse: true,
    });
    expect(res.status).toBe(403);
    expect((await listInitiatives(call("/api/initiatives", token), noParams)).status).toBe(401);
  });
});

describe("JSON API", () => {
  it("answers health with 200 while the database is reachable", async () => {
    const res = await getHealth();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "reachable" });
  });

  it("refuses requests without a token or session with 401", async () => {
    expect((await listInitiatives(call("/api/initiatives"), noParams)).status).toBe(401);
    expect(
      (await listInitiatives(call("/api/initiatives", "cor_not-a-real-token"), noParams)).status,
    ).toBe(401);
  });

  it("lists at least 7 initiatives and 35 milestones for every role", async () => {
    for (const role of ["admin", "analyst", "executive"]) {
      const res = await listInitiatives(call("/api/initiatives", tokens[role]), noParams);
      expect(res.status, role).toBe(200);
      const body = await res.json();
      expect(body.initiatives.length).toBeGreaterThanOrEqual(7);
      expect(body.milestoneCount).toBeGreaterThanOrEqual(35);
    }
  });

  it("rejects unknown filter values and parameters with 400 and a message", async () => {
    const res = await listInitiatives(
      call("/api/initiatives?kind=treaty", tokens.analyst),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.kind[0]).toMatch(/kind must be one of/);
    expect(
      (await listInitiatives(call("/api/initiatives?colour=red", tokens.analyst), noParams)).status,
    ).toBe(400);
    const filtered = await (
      await listInitiatives(call("/api/initiatives?kind=mou", tokens.analyst), noParams)
    ).json();
    expect(filtered.initiatives.length).toBe(5);
  });

  it("returns one initiative with milestone ids and versions, 404 for an unknown slug, 400 for a malformed one", async () => {
    const { initiatives } = await (
      await listInitiatives(call("/api/initiatives", tokens.executive), noParams)
    ).json();
    const slug = initiatives[0].slug;
    const res = await getInitiative(
      call(`/api/initiatives/${slug}`, tokens.executive),
      slugParams(slug),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.milestones.length).toBeGreaterThan(0);
    expect(body.milestones[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), version: expect.any(Number) }),
    );
    expect(
      (
        await getInitiative(
          call("/api/initiatives/nope", tokens.executive),
          slugParams("no-such-initiative"),
        )
      ).status,
    ).toBe(404);
    expect(
      (await getInitiative(call("/api/initiatives/x", tokens.executive), slugParams("Bad Slug!")))
        .status,
    ).toBe(400);
  });

  it("lets only admins list users", async () => {
    expect((await listUsersRoute(call("/api/users", tokens.executive), noParams)).status).toBe(403);
    expect((await listUsersRoute(call("/api/users", tokens.analyst), noParams)).status).toBe(403);
    const res = await listUsersRoute(call("/api/users", tokens.admin), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.users.map((u: { email: string }) => u.email)).toContain("executive@corridor.test");
    expect(JSON.stringify(body)).not.toMatch(/password|tokenHash/);
  });
});
