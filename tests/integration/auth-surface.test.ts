import { afterAll, beforeAll, expect, test } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { createRoleTokens } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const ORIGIN = "http://localhost:3000";
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await createRoleTokens(db);
});
afterAll(() => db?.close());

function authRequest(
  path: string,
  init: { body?: unknown; cookie?: string; method?: string } = {},
) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: init.method ?? "POST",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function signIn(email: string, password: string) {
  const res = await authPost(authRequest("/sign-in/email", { body: { email, password } }));
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

test("a signed-in user cannot rename themselves or set an image through better-auth", async () => {
  const cookie = await signIn("analyst@corridor.test", "corridor-analyst-2026");
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
  const cookie = await signIn("executive@corridor.test", "corridor-executive-2026");
  const session = await authGet(authRequest("/get-session", { cookie, method: "GET" }));
  expect(session.status).toBe(200);
  expect((await session.json())?.user?.email).toBe("executive@corridor.test");
  expect((await authPost(authRequest("/sign-out", { cookie, body: {} }))).status).toBe(200);
});

test("sign-up and account deletion are not offered", async () => {
  const signUp = await authPost(
    authRequest("/sign-up/email", {
      body: { email: "x@corridor.test", password: "long-enough-pass", name: "X" },
    }),
  );
  expect(signUp.status).toBe(404);
  expect(await db.prisma.user.count({ where: { email: "x@corridor.test" } })).toBe(0);
});
