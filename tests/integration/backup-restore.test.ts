import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAdapter } from "@/lib/db/adapter-factory";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup/backup";
import { tableChecksum, tablesInDependencyOrder } from "@/lib/db/backup/tables";
import type { PrismaClient } from "@/lib/db/client";
import { hostEmbeddedDatabase } from "@/lib/db/embedded/host";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient as Client } from "@/lib/generated/prisma/client";
import { seedPortfolio } from "@/prisma/seed/write";
import { createRoleTokens } from "./support/api-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const run = promisify(execFile);
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "corridor-backup-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function checksums(prisma: PrismaClient) {
  const tables = await tablesInDependencyOrder(prisma);
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await tableChecksum(prisma, t)] as const)),
  );
}

describe("backup and restore", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedPortfolio(source.prisma);
    await createRoleTokens(source);
  });
  afterAll(async () => {
    await target?.close();
    await source?.close();
  });

  test("a restored database is identical, table by table, to the one backed up", async () => {
    const file = path.join(root, "seeded.json.gz");
    const summary = await backupDatabase(source.prisma, file);
    const before = await checksums(source.prisma);
    expect(Number(before.change_event.split(":")[0])).toBeGreaterThan(100);
    expect(summary.rows).toBe(
      Object.values(before).reduce((sum, value) => sum + Number(value.split(":")[0]), 0),
    );

    target = await createTestDatabase();
    await restoreDatabase(target.prisma, file);
    expect(await checksums(target.prisma)).toEqual(before);
  });

  test("restoring into a database that holds rows is refused and changes nothing", async () => {
    const file = path.join(root, "again.json.gz");
    await backupDatabase(source.prisma, file);
    const before = await checksums(target.prisma);
    await expect(restoreDatabase(target.prisma, file)).rejects.toThrow(/needs an empty database/);
    expect(await checksums(target.prisma)).toEqual(before);
  });
});

test("npm run db:backup works on the embedded database while a server holds it", async () => {
  const dataDir = path.join(root, "pglite");
  const server = await hostEmbeddedDatabase(dataDir, { role: "server", command: "test server" });
  const adapter = createAdapter({ kind: "postgres", url: server.url });
  await applyPendingMigrations(adapter);
  const prisma = new Client({ adapter: adapter.factory });
  await seedPortfolio(prisma);
  const expected = await checksums(prisma);

  const file = path.join(root, "embedded.json.gz");
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir };
  delete env.DATABASE_URL;
  const { stdout } = await run("npx", ["tsx", "scripts/db-backup.ts", file], { env });
  expect(stdout).toMatch(/Backed up \d+ rows of \d+ tables/);
  await prisma.$disconnect();
  await server.close();

  const fresh = await createTestDatabase();
  try {
    await restoreDatabase(fresh.prisma, file);
    expect(await checksums(fresh.prisma)).toEqual(expected);
  } finally {
    await fresh.close();
  }
}, 120_000);
