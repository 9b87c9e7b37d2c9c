import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { createRoleTokens } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

// No CLIENT_IP_HEADER: the server cannot tell clients apart by address.
delete process.env.CLIENT_IP_HEADER;
process.env.AUTH_SIGNIN_MAX_PER_MINUTE = "10";

const ORIGIN = "http://localhost:3000";
const ANALYST = { email: "analyst@corridor.test", password: "corridor-analyst-2026" };
const EXECUTIVE = { email: "executive@corridor.test", password: "corridor-executive-2026" };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await createRoleTokens(db);
});
afterAll(() => db?.close());

async function signIn(credentials: { email: string; password: string }, cookie?: string) {
  const headers: Record<string, string> = { origin: ORIGIN, "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  const res = await authPost(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify(credentials),
    }),
  );
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { status: res.status, res, cookies: cookies.join("; ") };
}

describe("failed sign-ins without a trusted proxy", () => {
  test("lock out the guesser, not the account holder's own browser nor other accounts", async () => {
    const holder = await signIn(ANALYST);
    expect(holder.status).toBe(200);
    const deviceCookie = holder.cookies.split("; ").find((c) => c.startsWith("corridor_device="));
    expect(deviceCookie).toBeDefined();

    const guesses: number[] = [];
    for (let n = 0; n < 12; n++)
      guesses.push((await signIn({ ...ANALYST, password: `guess-${n}-wrong!` })).status);
    expect(guesses).toEqual([...Array(10).fill(401), 429, 429]);

    // The guesser is refused even with the right password…
    const guesserRight = await signIn(ANALYST);
    expect(guesserRight.status).toBe(429);
    expect(guesserRight.res.headers.get("retry-after")).toMatch(/^\d+$/);
    // …while the account holder, from the browser they signed in with before, gets in,
    expect((await signIn(ANALYST, deviceCookie)).status).toBe(200);
    // and another account is not affected at all.
    expect((await signIn(EXECUTIVE)).status).toBe(200);
  });

  test("the counts live in the database, so every app server sees them", async () => {
    const row = await db.prisma.signInFailure.findUnique({
      where: { key: "account:analyst@corridor.test:untrusted" },
    });
    expect(row?.failures).toBe(10);
    // A second app server: a fresh auth instance over the same database.
    (globalThis as { corridorAuth?: unknown }).corridorAuth = undefined;
    expect((await signIn({ ...ANALYST, password: "still-guessing-1" })).status).toBe(429);
  });
});
