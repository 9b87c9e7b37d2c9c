import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createPostgresServer, findPostgresBin, type PostgresServer } from "./postgres-server";

// Needs Debian's PostgreSQL server binaries and a production build (.ci/run has both).
const PG_PORT = 55499;
const APP_PORT = 3350;
const BASE = `http://127.0.0.1:${APP_PORT}`;
const PATHS = [
  "/",
  "/dashboard",
  "/initiatives/mou-quantum",
  "/sign-in",
  "/api/initiatives",
  "/api/portfolio",
];

let pg: PostgresServer;
let app: ChildProcess;

beforeAll(async () => {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      "The outage suite needs PostgreSQL's server binaries (Debian: apt-get install postgresql).",
    );
  pg = createPostgresServer(bin, PG_PORT);
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    BETTER_AUTH_SECRET: "outage-test-secret-0123456789abcdefghij",
    BETTER_AUTH_URL: BASE,
    PORT: String(APP_PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  app = spawn("npx", ["tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(
    async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status === 200,
    240_000,
  );
}, 300_000);

afterAll(() => {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  pg?.destroy();
});

async function statuses() {
  const out: Record<string, { status: number; text: string }> = {};
  for (const path of PATHS) {
    const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
    out[path] = { status: res.status, text: await res.text() };
  }
  return out;
}

test("with PostgreSQL stopped every page and API answers 503 with the branded page, and recovers", async () => {
  const healthy = await statuses();
  for (const path of PATHS) expect(healthy[path].status, path).toBeLessThan(500);

  pg.stop();
  await waitFor(async () => (await fetch(`${BASE}/api/health`)).status === 503, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // past the gate's probe interval
  const down = await statuses();
  for (const path of PATHS) {
    expect(down[path].status, path).toBe(503);
    if (path.startsWith("/api/"))
      expect(JSON.parse(down[path].text)).toMatchObject({ code: "unavailable" });
    else expect(down[path].text).toContain("The database is unavailable, retrying");
  }

  pg.start();
  await waitFor(async () => (await statuses())["/dashboard"].status < 500, 60_000);
  const back = await statuses();
  for (const path of PATHS) expect(back[path].status, path).toBeLessThan(500);
}, 180_000);

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Timed out after ${ms} ms`);
}
