// npm run db:restore -- FILE — restores a backup from npm run db:backup into an empty database
// (DATABASE_URL or the embedded one), after applying this version's migrations to it.
import { existsSync } from "node:fs";
import { RestoreRefused, restoreDatabase } from "../lib/db/backup/backup";
import { disconnectPrisma, getAdapter, getPrisma } from "../lib/db/client";
import { applyPendingMigrations } from "../lib/db/migrations";

const file = process.argv[2];
try {
  if (!file || !existsSync(file))
    throw new RestoreRefused(
      "Usage: npm run db:restore -- FILE (a file written by npm run db:backup).",
    );
  await applyPendingMigrations(getAdapter());
  const summary = await restoreDatabase(getPrisma(), file);
  console.log(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file}.`);
} catch (error) {
  const known = error instanceof RestoreRefused;
  console.error(
    `Restore ${known ? "refused" : "failed"}: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (!known) console.error("Nothing was restored: the restore runs in one transaction.");
  process.exitCode = 1;
} finally {
  await disconnectPrisma();
}
