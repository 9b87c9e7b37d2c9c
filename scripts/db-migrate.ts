// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { createAdapter } from "../lib/db/adapter-factory";
import { applyPendingMigrations } from "../lib/db/migrations";

const adapter = createAdapter();
try {
  const applied = await applyPendingMigrations(adapter);
  const where =
    adapter.target.kind === "postgres"
      ? "PostgreSQL (DATABASE_URL)"
      : `embedded PGlite (${adapter.target.dataDir ?? "memory"})`;
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`
      : `No pending migrations on ${where}.`,
  );
} finally {
  await adapter.close();
}
