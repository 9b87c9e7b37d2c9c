import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { PORTFOLIO } from "../../prisma/seed/portfolio";
import { embeddedEnv } from "../support/script-env";
import { E2E_BASE_URL, E2E_DATA_DIR } from "./support/server-env";

const run = promisify(execFile);

/** The environment of a user's shell beside the test server: its embedded database folder. */
const besideServer = (extra: Record<string, string> = {}) => embeddedEnv(E2E_DATA_DIR, extra);

const npmScript = (args: string[]) =>
  run("npm", ["run", "--silent", ...args], { env: besideServer() });

test("a token created by the script while the server runs is accepted at once", async ({
  request,
}) => {
  const { stdout } = await npmScript(["token:create", "--", "--email", "analyst@corridor.test"]);
  const res = await request.get("/api/initiatives", {
    headers: { authorization: `Bearer ${stdout.trim()}` },
  });
  expect(res.status()).toBe(200);
  expect((await res.json()).initiatives).toHaveLength(PORTFOLIO.length);
});

test("a user created by the script while the server runs can sign in at once", async ({
  request,
}) => {
  const email = `beside-${Date.now()}@corridor.test`;
  const password = "beside-the-server-2026";
  await npmScript([
    "user:create",
    "--",
    "--email",
    email,
    "--role",
    "executive",
    "--password",
    password,
  ]);
  const res = await request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: E2E_BASE_URL },
  });
  expect(res.status()).toBe(200);
});

test("a second server on the same database folder refuses to start and says why", async () => {
  const failure = await run("npx", ["tsx", "scripts/start.ts"], {
    env: besideServer({ PORT: "3199" }),
  }).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain("is already served by npm start");
  expect(failure?.stderr).toContain("Stop that server first");
});
