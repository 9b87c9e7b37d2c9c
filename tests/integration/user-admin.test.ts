import { describe, expect, it } from "vitest";
import { DELETE as revokeTokenRoute } from "@/app/api/tokens/[id]/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/tokens/route";
import { PATCH as patchUserRoute } from "@/app/api/users/[id]/route";
import { POST as createUserRoute, GET as listUsersRoute } from "@/app/api/users/route";
import type { Role } from "@/lib/domain/types";
import { resolveActor } from "@/lib/server/actor";
import { updateUser } from "@/lib/server/users";
import { createUserWithToken } from "./support/accounts";
import { apiRequest, noParams, routeParams } from "./support/api-fixtures";
import { signIn as signInWith } from "./support/auth";
import { databaseForFile } from "./support/fixtures";

const { db, tokens, userIds: ids } = databaseForFile({ accounts: true });

/** A request to `path`; a string body is sent as it is (malformed JSON), anything else as JSON. */
const call = (path: string, token: string | undefined, method = "GET", body?: unknown) =>
  typeof body === "string"
    ? apiRequest(path, { token, method, rawBody: body })
    : apiRequest(path, { token, method, body });
const idParams = (id: string) => routeParams({ id });

const createUser = (token: string, body: unknown) =>
  createUserRoute(call("/api/users", token, "POST", body), noParams);
const patchUser = (token: string, id: string, body: unknown) =>
  patchUserRoute(call(`/api/users/${id}`, token, "PATCH", body), idParams(id));
const signIn = (email: string, password: string) => signInWith({ email, password });
const usersListStatus = async (token: string) =>
  (await listUsersRoute(call("/api/users", token), noParams)).status;

/** A fresh user with a token, for tests that change or deactivate someone. */
const makeUser = (email: string, role: Role) => createUserWithToken(db.prisma, { email, role });

describe("creating users", () => {
  it("lets an admin create a user with a generated password, returned once, that signs in", async () => {
    const res = await createUser(tokens.admin, {
      email: "New.Person@Corridor.test",
      name: "New Person",
      role: "analyst",
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({
      email: "new.person@corridor.test",
      name: "New Person",
      role: "analyst",
      active: true,
      apiTokens: 0,
    });
    expect(body.initialPassword).toEqual(expect.any(String));
    expect(body.initialPassword.length).toBeGreaterThanOrEqual(20);
    expect((await signIn("new.person@corridor.test", body.initialPassword)).status).toBe(200);
    const listed = await (await listUsersRoute(call("/api/users", tokens.admin), noParams)).json();
    expect(JSON.stringify(listed)).not.toContain(body.initialPassword);
  });

  it("uses a given password and does not echo it", async () => {
    const res = await createUser(tokens.admin, {
      email: "chosen@corridor.test",
      name: "Chosen",
      role: "executive",
      password: "my-chosen-password-9",
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.initialPassword).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain("my-chosen-password-9");
    expect((await signIn("chosen@corridor.test", "my-chosen-password-9")).status).toBe(200);
  });

  it("answers 409 for a duplicate email, whatever its case", async () => {
    const twin = { email: "ANALYST@corridor.test", name: "Twin", role: "analyst" };
    const res = await createUser(tokens.admin, twin);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error).toMatch(/already exists/);
    expect(body.fieldErrors.email[0]).toMatch(/already exists/);
  });

  it("answers 409, not 500, when two creations of one email race", async () => {
    const body = { email: "race@corridor.test", name: "Race", role: "analyst" };
    const statuses = (
      await Promise.all([createUser(tokens.admin, body), createUser(tokens.admin, body)])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it("answers 400 with a message per field for bad input", async () => {
    const bad = { email: "not-an-email", name: " ", role: "owner", password: "short" };
    const res = await createUser(tokens.admin, bad);
    expect(res.status).toBe(400);
    const { fieldErrors } = await res.json();
    expect(Object.keys(fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
    expect(fieldErrors.role[0]).toMatch(/admin, analyst, executive/);
    expect(
      (
        await createUser(tokens.admin, {
          email: "x@corridor.test",
          name: "X",
          role: "analyst",
          extra: 1,
        })
      ).status,
    ).toBe(400);
    expect((await createUser(tokens.admin, "{not json")).status).toBe(400);
  });

  it("refuses analysts and executives with 403, and anonymous callers with 401", async () => {
    for (const role of ["analyst", "executive"] as const) {
      expect(
        (
          await createUser(tokens[role], {
            email: `by-${role}@corridor.test`,
            name: "X",
            role: "admin",
          })
        ).status,
        role,
      ).toBe(403);
      expect((await patchUser(tokens[role], ids[role], { role: "admin" })).status, role).toBe(403);
    }
    expect(
      (
        await createUserRoute(
          call("/api/users", undefined, "POST", {
            email: "a@corridor.test",
            name: "A",
            role: "admin",
          }),
          noParams,
        )
      ).status,
    ).toBe(401);
    expect(await db.prisma.user.count({ where: { email: { startsWith: "by-" } } })).toBe(0);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.analyst } })).role).toBe(
      "analyst",
    );
  });
});

describe("changing roles and deactivating", () => {
  it("applies a role change to the user's existing token at once", async () => {
    const u = await makeUser("promoted@corridor.test", "executive");
    expect(await usersListStatus(u.token)).toBe(403);
    const res = await patchUser(tokens.admin, u.id, { role: "admin" });
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ id: u.id, role: "admin", active: true });
    expect(await usersListStatus(u.token)).toBe(200);
    expect((await patchUser(tokens.admin, u.id, { role: "analyst" })).status).toBe(200);
    expect(await usersListStatus(u.token)).toBe(403);
  });

  it("deactivates: sign-in is refused, sessions are gone and tokens are revoked; reactivation restores sign-in only", async () => {
    const u = await makeUser("leaver@corridor.test", "analyst");
    const signedIn = await signIn(u.email, u.password);
    expect(signedIn.status).toBe(200);
    const { cookie } = signedIn;
    expect((await resolveActor(new Headers({ cookie })))?.email).toBe(u.email);
    expect(await db.prisma.session.count({ where: { userId: u.id } })).toBe(1);

    const res = await patchUser(tokens.admin, u.id, { active: false });
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ active: false, apiTokens: 0 });
    expect((await signIn(u.email, u.password)).status).toBe(403);
    expect(await db.prisma.session.count({ where: { userId: u.id } })).toBe(0);
    expect(await resolveActor(new Headers({ cookie }))).toBeNull();
    expect((await listTokensRoute(call("/api/tokens", u.token), noParams)).status).toBe(401);
    const stored = await db.prisma.apiToken.findFirstOrThrow({ where: { userId: u.id } });
    expect(stored.revokedAt).not.toBeNull();
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).deactivatedAt,
    ).not.toBeNull();

    const back = await patchUser(tokens.admin, u.id, { active: true });
    expect(back.status).toBe(200);
    expect((await back.json()).user.active).toBe(true);
    expect((await signIn(u.email, u.password)).status).toBe(200);
    expect((await listTokensRoute(call("/api/tokens", u.token), noParams)).status).toBe(401);
  });

  it("refuses to let an admin deactivate themselves or drop their own admin role (400)", async () => {
    const self = await patchUser(tokens.admin, ids.admin, { active: false });
    expect(self.status).toBe(400);
    expect((await self.json()).error).toMatch(/cannot deactivate your own account/);
    const demote = await patchUser(tokens.admin, ids.admin, { role: "analyst" });
    expect(demote.status).toBe(400);
    expect((await demote.json()).error).toMatch(/cannot remove your own admin role/);
    expect((await patchUser(tokens.admin, ids.admin, { role: "admin" })).status).toBe(200);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.admin } })).role).toBe(
      "admin",
    );
  });

  it("refuses to demote or deactivate the last active admin (400)", async () => {
    // Leave the demo admin as the only active admin.
    await db.prisma.user.updateMany({
      where: { role: "admin", id: { not: ids.admin } },
      data: { role: "analyst" },
    });
    // An actor that is not the target (e.g. one demoted after its request was authenticated).
    const other = {
      id: "someone-else",
      email: "x@corridor.test",
      name: "X",
      role: "admin" as const,
    };
    await expect(updateUser(db.prisma, other, ids.admin, { active: false })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/last active admin/),
    });
    await expect(
      updateUser(db.prisma, other, ids.admin, { role: "executive" }),
    ).rejects.toMatchObject({ status: 400 });
    const second = await makeUser("second-admin@corridor.test", "admin");
    const res = await patchUser(tokens.admin, second.id, { active: false });
    expect(res.status).toBe(200);
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.admin } })).deactivatedAt,
    ).toBeNull();
  });

  it("answers 404 for an unknown user and 400 for a bad patch", async () => {
    expect((await patchUser(tokens.admin, "no-such-user", { role: "analyst" })).status).toBe(404);
    const empty = await patchUser(tokens.admin, ids.executive, {});
    expect(empty.status).toBe(400);
    expect((await empty.json()).fieldErrors._[0]).toMatch(/role, active/);
    const bad = await patchUser(tokens.admin, ids.executive, { role: "owner", active: "no" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fieldErrors).sort()).toEqual(["active", "role"]);
  });
});

describe("personal API tokens", () => {
  const listTokens = async (token: string) => listTokensRoute(call("/api/tokens", token), noParams);
  const createToken = (token: string, body: unknown) =>
    createTokenRoute(call("/api/tokens", token, "POST", body), noParams);
  const revokeToken = (token: string, id: string) =>
    revokeTokenRoute(call(`/api/tokens/${id}`, token, "DELETE"), idParams(id));

  it("creates a token for the caller, shown once, that works and is listed without its hash", async () => {
    const res = await createToken(tokens.executive, { name: "  laptop  " });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.token).toMatch(/^cor_/);
    expect(body.apiToken).toMatchObject({
      name: "laptop",
      prefix: body.token.slice(0, 10),
      revokedAt: null,
      lastUsedAt: null,
    });

    const listed = await listTokens(body.token);
    expect(listed.status).toBe(200);
    const { tokens: mine } = await listed.json();
    expect(mine.map((t: { name: string }) => t.name).sort()).toEqual(["laptop", "personal token"]);
    for (const t of mine)
      expect(Object.keys(t).sort()).toEqual([
        "createdAt",
        "id",
        "lastUsedAt",
        "name",
        "prefix",
        "revokedAt",
      ]);
    const text = JSON.stringify(mine);
    expect(text).not.toMatch(/hash/i);
    expect(text).not.toContain(body.token);
    const stored = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: body.apiToken.id } });
    expect(text).not.toContain(stored.tokenHash);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("lists only the caller's own tokens", async () => {
    const { tokens: mine } = await (await listTokens(tokens.analyst)).json();
    const owners = await db.prisma.apiToken.findMany({
      where: { id: { in: mine.map((t: { id: string }) => t.id) } },
      select: { userId: true },
    });
    expect(new Set(owners.map((o) => o.userId))).toEqual(new Set([ids.analyst]));
  });

  it("records use at most once a minute", async () => {
    const { token, apiToken } = await (
      await createToken(tokens.analyst, { name: "throttled" })
    ).json();
    await listTokens(token);
    const first = (await db.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } }))
      .lastUsedAt!;
    await listTokens(token);
    expect(
      (await db.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt,
    ).toEqual(first);
    const stale = new Date(Date.now() - 2 * 60_000);
    await db.prisma.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: stale } });
    await listTokens(token);
    expect(
      (
        await db.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })
      ).lastUsedAt!.getTime(),
    ).toBeGreaterThan(stale.getTime());
  });

  it("revokes the caller's token: it then gets 401 and shows as revoked", async () => {
    const { token, apiToken } = await (await createToken(tokens.analyst, { name: "ci" })).json();
    expect((await listTokens(token)).status).toBe(200);
    const res = await revokeToken(tokens.analyst, apiToken.id);
    expect(res.status).toBe(200);
    expect((await res.json()).apiToken.revokedAt).toEqual(expect.any(String));
    expect((await listTokens(token)).status).toBe(401);
    const { tokens: mine } = await (await listTokens(tokens.analyst)).json();
    expect(mine.find((t: { id: string }) => t.id === apiToken.id).revokedAt).not.toBeNull();
    expect((await revokeToken(tokens.analyst, apiToken.id)).status).toBe(200);
  });

  it("answers 404 when revoking someone else's token or an unknown one, and leaves it working", async () => {
    const { token, apiToken } = await (
      await createToken(tokens.executive, { name: "theirs" })
    ).json();
    expect((await revokeToken(tokens.admin, apiToken.id)).status).toBe(404);
    expect((await revokeToken(tokens.analyst, "no-such-token")).status).toBe(404);
    expect((await listTokens(token)).status).toBe(200);
  });

  it("refuses a token without a name (400) and anonymous callers (401)", async () => {
    const res = await createToken(tokens.analyst, { name: "   " });
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.name[0]).toMatch(/name/);
    expect((await createToken(tokens.analyst, {})).status).toBe(400);
    expect((await listTokensRoute(call("/api/tokens", undefined), noParams)).status).toBe(401);
  });
});
