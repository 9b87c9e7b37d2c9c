import { describe, expect, it, test } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getInitiative } from "@/app/api/initiatives/[slug]/route";
import { GET as listInitiatives } from "@/app/api/initiatives/route";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { GET as listUsersRoute } from "@/app/api/users/route";
import { ROLES } from "@/lib/domain/types";
import { resolveActor } from "@/lib/server/actor";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { createUserWithToken, demoAccount } from "./support/accounts";
import { apiRequest, noParams, routeParams } from "./support/api-fixtures";
import { signIn } from "./support/auth";
import { databaseForFile } from "./support/fixtures";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

const call = (path: string, token?: string) => apiRequest(path, { token });
const slugParams = (slug: string) => routeParams({ slug });

describe("passwords and sessions", () => {
  it("stores a hash, never the password", async () => {
    const account = await db.prisma.account.findFirstOrThrow({
      where: { user: { email: "analyst@corridor.test" } },
    });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("corridor-analyst-2026");
  });

  it("signs in with the right password and refuses a wrong one with 401", async () => {
    const analyst = demoAccount("analyst");
    const ok = await signIn(analyst);
    expect(ok.status).toBe(200);
    expect(ok.res.headers.get("set-cookie")).toMatch(/session_token=.*HttpOnly/i);
    expect((await resolveActor(new Headers({ cookie: ok.cookie })))?.role).toBe("analyst");
    const bad = await signIn({ ...analyst, password: "wrong-password-123" });
    expect(bad.status).toBe(401);
  });

  it("refuses sign-in to a deactivated user and ignores their tokens", async () => {
    const user = await createUserWithToken(db.prisma, {
      email: "gone@corridor.test",
      role: "analyst",
    });
    expect((await listInitiatives(call("/api/initiatives", user.token), noParams)).status).toBe(
      200,
    );
    await db.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await signIn(user)).status).toBe(403);
    expect((await listInitiatives(call("/api/initiatives", user.token), noParams)).status).toBe(
      401,
    );
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

  it("lists every seeded initiative and counts every seeded milestone, for every role", async () => {
    const slugs = PORTFOLIO.map((i) => i.slug).sort();
    const milestoneCount = PORTFOLIO.flatMap((i) => i.milestones).length;
    for (const role of ROLES) {
      const res = await listInitiatives(call("/api/initiatives", tokens[role]), noParams);
      expect(res.status, role).toBe(200);
      const body = await res.json();
      expect(body.initiatives.map((i: { slug: string }) => i.slug).sort(), role).toEqual(slugs);
      expect(body.milestoneCount, role).toBe(milestoneCount);
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
    expect(filtered.initiatives.map((i: { slug: string }) => i.slug).sort()).toEqual(
      PORTFOLIO.filter((i) => i.kind === "mou")
        .map((i) => i.slug)
        .sort(),
    );
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
    const stored = await db.prisma.milestone.findMany({
      where: { initiative: { slug } },
      select: { id: true, version: true },
    });
    expect(stored).not.toHaveLength(0);
    expect(
      body.milestones.map((m: { id: string; version: number }) => ({
        id: m.id,
        version: m.version,
      })),
    ).toEqual(expect.arrayContaining(stored));
    expect(body.milestones).toHaveLength(stored.length);
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
    const emails = (await db.prisma.user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toContain("executive@corridor.test");
    expect(body.users.map((u: { email: string }) => u.email).sort()).toEqual(emails.sort());
    expect(JSON.stringify(body)).not.toMatch(/password|tokenHash/);
  });
});

test("the overview counts milestones in scope the way the dashboard does", async () => {
  const overview = await (
    await listInitiatives(apiRequest("/api/initiatives", { token: tokens.executive }), noParams)
  ).json();
  const portfolio = await (
    await getPortfolio(apiRequest("/api/portfolio", { token: tokens.executive }), noParams)
  ).json();
  const cancelled = PORTFOLIO.flatMap((i) => i.milestones).length - overview.inScopeCount;
  expect(cancelled).toBe(await db.prisma.milestone.count({ where: { status: "cancelled" } }));
  expect(overview.inScopeCount).toBe(portfolio.counts.total);
});
