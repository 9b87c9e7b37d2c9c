import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createAdapter } from "@/lib/db/adapter-factory";
import type { PrismaClient } from "@/lib/db/client";
import { hostEmbeddedDatabase } from "@/lib/db/embedded/host";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { toIsoDay } from "@/lib/domain/dates";
import { replay } from "@/lib/domain/replay";
import { PrismaClient as Client } from "@/lib/generated/prisma/client";
import { createUserWithPassword } from "@/lib/server/users";
import { seedPortfolio } from "@/prisma/seed/write";
import { createTestDatabase } from "./support/test-database";

type Ack = { milestoneId: string; version: number; percent: number };
const ACKS_BEFORE_KILL = 40;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "corridor-crash-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/integration/support/crash-writer.ts"],
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
  const events = await prisma.changeEvent.findMany();
  const state = replay(
    events.map((e) => ({
      ...e,
      entityId: e.milestoneId ?? e.initiativeId,
      effectiveDate: toIsoDay(e.effectiveDate),
    })),
    "2100-12-31",
  );
  for (const row of await prisma.milestone.findMany()) {
    expect(state.milestones.get(row.id), row.title).toMatchObject({
      status: row.status,
      percentComplete: row.percentComplete,
    });
  }
}

test("embedded: SIGKILL during a burst of writes loses no acknowledged write", async () => {
  const dataDir = path.join(root, "pglite");
  const first = await hostEmbeddedDatabase(dataDir, { role: "server", command: "crash test" });
  const adapter = createAdapter({ kind: "postgres", url: first.url });
  await applyPendingMigrations(adapter);
  const setup = new Client({ adapter: adapter.factory });
  await prepare(setup);
  await setup.$disconnect();
  await first.close();

  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir };
  delete env.DATABASE_URL;
  const acks = await writeThenKill(env);

  const restarted = await hostEmbeddedDatabase(dataDir, {
    role: "server",
    command: "after the crash",
  });
  const prisma = new Client({
    adapter: createAdapter({ kind: "postgres", url: restarted.url }).factory,
  });
  try {
    await expectAcknowledgedWritesAndConsistentHistory(prisma, acks);
  } finally {
    await prisma.$disconnect();
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
