import { expect, test } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as history } from "@/app/api/initiatives/[slug]/history/route";
import type { Role } from "@/lib/domain/types";
import { demoAccount } from "./support/accounts";
import { apiRequest, routeParams } from "./support/api-fixtures";
import { authRequest, signIn } from "./support/auth";
import { databaseForFile } from "./support/fixtures";
import { postStatusUpdate } from "./support/routes";
import { TODAY } from "./support/today";

// Seeded, for the history test: the other tests only read and write users.
const { db, tokens } = databaseForFile({ seed: true, accounts: true });

/** Signs the demo account of `role` in and answers its session cookie. */
async function sessionOf(role: Role) {
  const { status, cookie } = await signIn(demoAccount(role));
  expect(status).toBe(200);
  return cookie;
}

test("a signed-in user cannot rename themselves or set an image through better-auth", async () => {
  const cookie = await sessionOf("analyst");
  const before = await db.prisma.user.findUniqueOrThrow({
    where: { email: "analyst@corridor.test" },
  });

  const res = await authPost(
    authRequest("/update-user", {
      cookie,
      body: { name: "Demo Admin", image: "javascript:alert(1)" },
    }),
  );
  expect(res.status).toBe(404);
  expect(await res.json()).toMatchObject({ code: "not_found" });

  const after = await db.prisma.user.findUniqueOrThrow({
    where: { email: "analyst@corridor.test" },
  });
  expect({ name: after.name, image: after.image }).toEqual({
    name: before.name,
    image: before.image,
  });
});

test("the session and sign-out stay available", async () => {
  const cookie = await sessionOf("executive");
  const session = () => authGet(authRequest("/get-session", { cookie, method: "GET" }));
  const before = await session();
  expect(before.status).toBe(200);
  expect((await before.json())?.user?.email).toBe("executive@corridor.test");
  expect((await authPost(authRequest("/sign-out", { cookie, body: {} }))).status).toBe(200);
  expect(await (await session()).json()).toBeNull();
});

test("sign-up and account deletion are not offered", async () => {
  const signUp = await authPost(
    authRequest("/sign-up/email", {
      body: { email: "x@corridor.test", password: "long-enough-pass", name: "X" },
    }),
  );
  expect(signUp.status).toBe(404);
  expect(await db.prisma.user.count({ where: { email: "x@corridor.test" } })).toBe(0);

  const cookie = await sessionOf("analyst");
  const { password } = demoAccount("analyst");
  const deletion = await authPost(authRequest("/delete-user", { cookie, body: { password } }));
  expect(deletion.status).toBe(404);
  expect(await db.prisma.user.count({ where: { email: "analyst@corridor.test" } })).toBe(1);
});

test("history names authors from their user record, not from a label they could have set", async () => {
  const slug = "mou-quantum";
  const current = await db.prisma.initiative.findUniqueOrThrow({ where: { slug } });
  const health = current.health === "on_track" ? "at_risk" : "on_track";
  const body = { health, body: "Named by the user record.", effectiveDate: TODAY };
  expect((await postStatusUpdate(tokens.analyst, slug, body)).status).toBe(201);
  await db.prisma.user.update({
    where: { email: "analyst@corridor.test" },
    data: { name: "Renamed By Admin" },
  });
  const res = await history(
    apiRequest(`/api/initiatives/${slug}/history?field=health`, { token: tokens.executive }),
    routeParams({ slug }),
  );
  expect(res.status).toBe(200);
  const [latest] = (await res.json()).events;
  expect(latest).toMatchObject({
    author: "Renamed By Admin",
    oldValue: current.health,
    newValue: health,
  });
});
