import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter, type AdapterHandle } from "@/lib/db/adapter-factory";
import { disconnectPrisma, bindPrisma } from "@/lib/db/client";
import { applyPendingMigrations } from "@/lib/db/migrations";

export type TestDatabase = {
  prisma: PrismaClient;
  adapter: AdapterHandle;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: a throwaway database on the PostgreSQL server
 * in DATABASE_URL when set (CI), otherwise an in-memory PGlite. It also becomes the app's client.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const adapter = createAdapter({ kind: "pglite", dataDir: null });
    return finish(adapter, "pglite", async () => {});
  }
  const name = `corridor_it_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const adapter = createAdapter({ kind: "postgres", url: url.toString() });
  return finish(adapter, "postgres", async () => {
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
}

async function finish(
  adapter: AdapterHandle,
  kind: TestDatabase["kind"],
  drop: () => Promise<void>,
): Promise<TestDatabase> {
  await applyPendingMigrations(adapter);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  bindPrisma(prisma, adapter);
  return {
    prisma,
    adapter,
    kind,
    close: async () => {
      await disconnectPrisma();
      await drop();
    },
  };
}
