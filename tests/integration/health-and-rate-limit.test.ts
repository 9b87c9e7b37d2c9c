import { describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter-factory";
import { bindPrisma } from "@/lib/db/client";
import { demoAccount } from "./support/accounts";
import { signIn } from "./support/auth";
import { databaseForFile } from "./support/fixtures";

// As behind a reverse proxy that sets X-Forwarded-For: attempts are counted per client address.
process.env.CLIENT_IP_HEADER = "x-forwarded-for";

const { db } = databaseForFile({ accounts: true });

describe("sign-in rate limit", () => {
  it("answers 429 once a client passes the per-minute limit of sign-in attempts", async () => {
    const analyst = demoAccount("analyst");
    const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++)
      statuses.push(
        (await signIn({ ...analyst, password: "wrong-password-123" }, from("203.0.113.7"))).status,
      );
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Another client behind the same proxy is not locked out by the first one's attempts.
    expect((await signIn(analyst, from("203.0.113.8"))).status).toBe(200);
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
