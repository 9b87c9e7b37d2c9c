import { describe, expect, test } from "vitest";
import { demoAccount } from "./support/accounts";
import { signIn as signInWith } from "./support/auth";
import { databaseForFile } from "./support/fixtures";

// No CLIENT_IP_HEADER: the server cannot tell clients apart by address.
delete process.env.CLIENT_IP_HEADER;
process.env.AUTH_SIGNIN_MAX_PER_MINUTE = "10";

const ANALYST = demoAccount("analyst");
const EXECUTIVE = demoAccount("executive");

const { db } = databaseForFile({ accounts: true });

const signIn = (credentials: { email: string; password: string }, cookie?: string) =>
  signInWith(credentials, { cookie });

describe("failed sign-ins without a trusted proxy", () => {
  test("lock out the guesser, not the account holder's own browser nor other accounts", async () => {
    const holder = await signIn(ANALYST);
    expect(holder.status).toBe(200);
    const deviceCookie = holder.cookie.split("; ").find((c) => c.startsWith("corridor_device="));
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
