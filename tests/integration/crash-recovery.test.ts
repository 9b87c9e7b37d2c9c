import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/server/users";
import { seedPortfolio } from "@/prisma/seed/write";
import { embeddedEnv } from "../support/script-env";
import { serveEmbedded, tempDirForFile } from "./support/embedded";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { createTestDatabase } from "./support/test-database";
import { pinToday, TODAY } from "./support/today";

type Ack = { milestoneId: string; version: number; percent: number };
const ACKS_BEFORE_KILL = 40;

// The writer inherits the pinned today, so every write it acknowledges takes effect on TODAY.
pinToday();
const root = tempDirForFile("corridor-crash-");

async function prepare(prisma: PrismaClient) {
  await seedPortfolio(prisma);
  await createUserWithPassword(prisma, {
    email: "crash@corridor.test",
    role: "analyst",
    name: "Crash Analyst",
    password: "crash-analyst-password",
  });
}

/** Starts the writer, waits for enough acknowledged writes, then kills it mid-burst. */
function writeThenKill(env: NodeJS.ProcessEnv): Promise<Ack[]> {
  // lib/server imports server-only, which loads outside Next only under the react-server condition.
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/integration/support/crash-writer.ts"],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const acks: Ack[] = [];
  let buffered = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const [, milestoneId, version, percent] = line.split(" ");
        acks.push({ milestoneId, version: Number(version), percent: Number(percent) });
      }
      if (acks.length >= ACKS_BEFORE_KILL && !child.killed) child.kill("SIGKILL");
    });
    child.once("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve(acks) : reject(new Error(`writer ended without being killed`)),
    );
  });
}

async function expectAcknowledgedWritesAndConsistentHistory(prisma: PrismaClient, acks: Ack[]) {
  expect(acks.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  for (const ack of acks) {
    const event = await prisma.changeEvent.findFirst({
      where: {
        milestoneId: ack.milestoneId,
        field: "percentComplete",
        newValue: String(ack.percent),
      },
    });
    expect(event, `acknowledged write ${ack.milestoneId} → ${ack.percent}%`).not.toBeNull();
    const row = await prisma.milestone.findUniqueOrThrow({ where: { id: ack.milestoneId } });
    expect(row.version).toBeGreaterThanOrEqual(ack.version);
  }
  await expectStoredRowsToEqualReplay(prisma, TODAY);
}

test("embedded: SIGKILL during a burst of writes loses no acknowledged write", async () => {
  const dataDir = path.join(root, "pglite");
  const first = await serveEmbedded(dataDir, "crash test");
  await prepare(first.prisma);
  await first.close();

  const acks = await writeThenKill(embeddedEnv(dataDir));

  const restarted = await serveEmbedded(dataDir, "after the crash");
  try {
    await expectAcknowledgedWritesAndConsistentHistory(restarted.prisma, acks);
  } finally {
    await restarted.close();
  }
}, 120_000);

test.runIf(!!process.env.DATABASE_URL)(
  "PostgreSQL: SIGKILL of the app process during a burst of writes loses no acknowledged write",
  async () => {
    const db = await createTestDatabase();
    try {
      await prepare(db.prisma);
      const target = db.adapter.target;
      if (target.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
      const acks = await writeThenKill({ ...process.env, DATABASE_URL: target.url });
      await expectAcknowledgedWritesAndConsistentHistory(db.prisma, acks);
    } finally {
      await db.close();
    }
  },
  120_000,
);
