import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { getAuth } from "@/lib/auth/auth";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter-factory";
import { bindPrisma } from "@/lib/db/client";
import { createRoleTokens } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

// As behind a reverse proxy that sets X-Forwarded-For: attempts are counted per client address.
process.env.CLIENT_IP_HEADER = "x-forwarded-for";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await createRoleTokens(db);
});
afterAll(() => db?.close());

describe("sign-in rate limit", () => {
  it("answers 429 once a client passes the per-minute limit of sign-in attempts", async () => {
    const attempt = () =>
      getAuth().handler(
        new Request("http://localhost:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3000",
            "x-forwarded-for": "203.0.113.7",
          },
          body: JSON.stringify({ email: "analyst@corridor.test", password: "wrong-password-123" }),
        }),
      );
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another client behind the same proxy is not locked out by the first one's attempts.
    const other = await getAuth().handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:3000",
          "x-forwarded-for": "203.0.113.8",
        },
        body: JSON.stringify({ email: "analyst@corridor.test", password: "corridor-analyst-2026" }),
      }),
    );
    expect(other.status).toBe(200);
  });
});

describe("GET /api/health", () => {
  it("answers 503 when the database cannot be reached", async () => {
    const unreachable = createAdapter({
      kind: "postgres",
      url: "postgresql://corridor@127.0.0.1:1/nowhere?connect_timeout=2",
    });
    bindPrisma(new PrismaClient({ adapter: unreachable.factory }), unreachable);
    const res = await getHealth();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    bindPrisma(db.prisma, db.adapter);
    expect((await getHealth()).status).toBe(200);
  });
});
