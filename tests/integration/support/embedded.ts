// Embedded database folders served the way `npm start` serves them, for tests of what other
// processes (the npm scripts, a crashed writer) see.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createAdapter } from "@/lib/db/adapter-factory";
import { hostEmbeddedDatabase } from "@/lib/db/embedded/host";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A temporary folder for the calling test file, removed after its last test. */
export function tempDirForFile(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A Prisma client of its own over a database served at `url`. */
export function clientOf(url: string) {
  const adapter = createAdapter({ kind: "postgres", url });
  return { adapter, prisma: new PrismaClient({ adapter: adapter.factory }) };
}

/**
 * Serves the folder as `npm start` does, migrated, with a client on it. `close` disconnects the
 * client and stops serving, so the folder can be served again (a restart).
 */
export async function serveEmbedded(dataDir: string, command = "test server") {
  const server = await hostEmbeddedDatabase(dataDir, { role: "server", command });
  const { adapter, prisma } = clientOf(server.url);
  await applyPendingMigrations(adapter);
  return {
    server,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await server.close();
    },
  };
}
