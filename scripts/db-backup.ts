// npm run db:backup [-- FILE] — writes the whole database (DATABASE_URL or the embedded one, also
// while the server runs) to one file, by default backups/corridor-<timestamp>.json.gz.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "../lib/db/backup/backup";
import { disconnectPrisma, getPrisma } from "../lib/db/client";

const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const file = path.resolve(process.argv[2] ?? path.join("backups", `corridor-${stamp}.json.gz`));
try {
  mkdirSync(path.dirname(file), { recursive: true });
  const summary = await backupDatabase(getPrisma(), file);
  const size = (statSync(file).size / 1024).toFixed(0);
  console.log(
    `Backed up ${summary.rows} rows of ${summary.tables} tables to ${file} (${size} KB).`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectPrisma();
}
