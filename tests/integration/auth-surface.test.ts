import { expect, test } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import type { Role } from "@/lib/domain/types";
import { demoAccount } from "./support/accounts";
import { authRequest, signIn } from "./support/auth";
import { databaseForFile } from "./support/fixtures";

const { db } = databaseForFile({ accounts: true });

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
  const { POST: postUpdate } = await import("@/app/api/initiatives/[slug]/updates/route");
  const { GET: history } = await import("@/app/api/initiatives/[slug]/history/route");
  const { createApiToken } = await import("@/lib/server/api-tokens");
  const token = (await createApiToken(db.prisma, { email: "analyst@corridor.test" })).token;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const params = { params: Promise.resolve({ slug: "mou-quantum" }) };
  await seedIfEmpty();
  const current = await db.prisma.initiative.findUniqueOrThrow({ where: { slug: "mou-quantum" } });
  const health = current.health === "on_track" ? "at_risk" : "on_track";
  const posted = await postUpdate(
    new Request("http://localhost/api/initiatives/mou-quantum/updates", {
      method: "POST",
      headers,
      body: JSON.stringify({
        health,
        body: "Named by the user record.",
        effectiveDate: "2026-11-28",
      }),
    }),
    params,
  );
  expect(posted.status).toBe(201);
  await db.prisma.user.update({
    where: { email: "analyst@corridor.test" },
    data: { name: "Renamed By Admin" },
  });
  const res = await history(
    new Request("http://localhost/api/initiatives/mou-quantum/history?field=health", { headers }),
    params,
  );
  const events = (await res.json()).events as { author: string; reason: string }[];
  expect(events.length).toBeGreaterThan(0);
  expect(events[0].author).toBe("Renamed By Admin");
});

async function seedIfEmpty() {
  if ((await db.prisma.initiative.count()) > 0) return;
  const { seedPortfolio } = await import("@/prisma/seed/write");
  await seedPortfolio(db.prisma);
}
