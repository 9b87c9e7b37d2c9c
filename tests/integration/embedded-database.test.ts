import { execFile, spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import {
  connectOrHostEmbedded,
  DatabaseInUseError,
  hostEmbeddedDatabase,
  lockPathFor,
} from "@/lib/db/embedded/host";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findUserByApiToken } from "@/lib/server/api-tokens";
import { createUserWithPassword } from "@/lib/server/users";
import { embeddedEnv } from "../support/script-env";
import { clientOf, serveEmbedded, tempDirForFile } from "./support/embedded";
import { pinToday } from "./support/today";

const run = promisify(execFile);
const ANALYST = { email: "beside@corridor.test", role: "analyst" as const, name: "Beside" };

pinToday();
const dataDir = path.join(tempDirForFile("corridor-embedded-"), "pglite");
const scriptEnv = () => embeddedEnv(dataDir);

describe("the embedded database served by one process", () => {
  test("a token printed by a script while the server runs works there at once, and after a restart", async () => {
    const server = await serveEmbedded(dataDir);
    await createUserWithPassword(server.prisma, { ...ANALYST, password: "a-long-enough-password" });

    // As `npm run token:create` runs it: lib/server imports server-only (react-server condition).
    const { stdout } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/token-create.ts", "--email", ANALYST.email],
      { env: scriptEnv() },
    );
    const token = stdout.trim();
    expect(token).toMatch(/^cor_/);
    expect(await findUserByApiToken(server.prisma, token)).toMatchObject({ email: ANALYST.email });
    await server.close();

    const restarted = await serveEmbedded(dataDir);
    expect(await findUserByApiToken(restarted.prisma, token)).toMatchObject({
      email: ANALYST.email,
    });
    await restarted.close();
  }, 120_000);

  test("a second server on the same folder is refused with a message; a script connects", async () => {
    const other = await startHostProcess();
    try {
      const refusal = hostEmbeddedDatabase(dataDir, { role: "server", command: "second server" });
      await expect(refusal).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(refusal).rejects.toThrow(/already served by test host .*Stop that server first/);

      const script = await connectOrHostEmbedded(dataDir, {
        role: "script",
        command: "test script",
      });
      expect(script.hosting).toBe(false);
      expect(script.url).toBe(other.url);
      const { prisma } = clientOf(script.url);
      expect(await prisma.user.count({ where: { email: ANALYST.email } })).toBe(1);
      await prisma.$disconnect();
    } finally {
      other.child.kill("SIGKILL");
      await new Promise((resolve) => other.child.once("exit", resolve));
    }
    // The killed holder left its lock file behind; it must not keep the folder locked.
    const next = await hostEmbeddedDatabase(dataDir, { role: "server", command: "after a crash" });
    expect(next.hosting).toBe(true);
    await next.close();
  }, 120_000);

  test("a lock file naming a process that no longer exists is taken over", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    const pid = gone.pid!;
    await new Promise((resolve) => gone.once("exit", resolve));
    const lock = {
      pid,
      role: "server",
      command: "ghost",
      since: "2026-01-01T00:00:00Z",
      url: null,
    };
    writeFileSync(lockPathFor(dataDir), JSON.stringify(lock));
    const host = await hostEmbeddedDatabase(dataDir, {
      role: "server",
      command: "test",
      waitMs: 0,
    });
    expect(host.hosting).toBe(true);
    await host.close();
  });

  test("transactions from several connections and processes never interleave", async () => {
    const first = await serveEmbedded(dataDir);
    const second = clientOf(first.server.url);
    await first.prisma.$executeRawUnsafe(
      "CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)",
    );
    await first.prisma.$executeRawUnsafe("INSERT INTO counter VALUES (1, 0)");

    // Read, pause, write: on a shared backend without per-transaction ownership these lose updates
    // or fail with "unnamed prepared statement does not exist".
    const increment = (prisma: PrismaClient, fail: boolean) =>
      prisma.$transaction(async (tx) => {
        const [{ n }] = await tx.$queryRawUnsafe<{ n: number }[]>(
          "SELECT n FROM counter WHERE id = 1",
        );
        await new Promise((resolve) => setTimeout(resolve, 2));
        await tx.$executeRawUnsafe("UPDATE counter SET n = $1 WHERE id = 1", n + 1);
        if (fail) throw new Error("rolled back on purpose");
      });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        increment(i % 2 ? first.prisma : second.prisma, i % 5 === 0),
      ),
    );
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(6);
    const [{ n }] = await first.prisma.$queryRawUnsafe<{ n: number }[]>(
      "SELECT n FROM counter WHERE id = 1",
    );
    expect(n).toBe(24);

    await second.prisma.$disconnect();
    await first.close();
  }, 60_000);
});

function startHostProcess(): Promise<{ child: ChildProcess; url: string }> {
  // Node itself, not npx: SIGKILL must reach the process that holds the folder.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/integration/support/host-embedded.ts", dataDir],
    {
      env: scriptEnv(),
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (data: Buffer) => resolve({ child, url: data.toString().trim() }));
    child.once("exit", (code) => reject(new Error(`host process exited with ${code}`)));
  });
}
