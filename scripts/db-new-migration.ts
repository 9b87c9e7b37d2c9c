// npm run db:new-migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the existing migrations and schema.prisma. Works offline:
// the diff runs in the WebAssembly schema engine against a throwaway in-memory PGlite.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createAdapter } from "../lib/db/adapter-factory";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../lib/db/migrations";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(1);
}

const adapter = createAdapter({ kind: "pglite", dataDir: null });
try {
  const sql = await diffMigrationsToSchema(adapter);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(
      `Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate.`,
    );
  }
} finally {
  await adapter.close();
}
