import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup/backup";
import { tableChecksum, tablesInDependencyOrder } from "@/lib/db/backup/tables";
import type { PrismaClient } from "@/lib/db/client";
import { seedPortfolio } from "@/prisma/seed/write";
import { embeddedEnv } from "../support/script-env";
import { serveEmbedded, tempDirForFile } from "./support/embedded";
import { databaseForFile } from "./support/fixtures";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { pinToday } from "./support/today";

const run = promisify(execFile);
pinToday();
const root = tempDirForFile("corridor-backup-");

async function checksums(prisma: PrismaClient) {
  const tables = await tablesInDependencyOrder(prisma);
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await tableChecksum(prisma, t)] as const)),
  );
}

/** All rows of all tables, from their checksums ("rows:md5"). */
const rowsIn = (sums: Record<string, string>) =>
  Object.values(sums).reduce((total, sum) => total + Number(sum.split(":")[0]), 0);

describe("backup and restore", () => {
  const { db: source } = databaseForFile({ seed: true, accounts: true });
  let target: TestDatabase;
  afterAll(() => target?.close());

  test("a restored database is identical, table by table, to the one backed up", async () => {
    const file = path.join(root, "seeded.json.gz");
    const summary = await backupDatabase(source.prisma, file);
    const before = await checksums(source.prisma);
    const events = await source.prisma.changeEvent.count();
    expect(events).not.toBe(0);
    expect(before.change_event).toMatch(new RegExp(`^${events}:`));
    expect(summary.rows).toBe(rowsIn(before));

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
  const served = await serveEmbedded(dataDir);
  await seedPortfolio(served.prisma);
  const expected = await checksums(served.prisma);

  const file = path.join(root, "embedded.json.gz");
  const { stdout } = await run("npx", ["tsx", "scripts/db-backup.ts", file], {
    env: embeddedEnv(dataDir),
  });
  const tables = Object.keys(expected).length;
  expect(stdout).toContain(`Backed up ${rowsIn(expected)} rows of ${tables} tables to ${file}`);
  await served.close();

  const fresh = await createTestDatabase();
  try {
    await restoreDatabase(fresh.prisma, file);
    expect(await checksums(fresh.prisma)).toEqual(expected);
  } finally {
    await fresh.close();
  }
}, 120_000);
