import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type { AdapterHandle } from "./adapter-factory";
import { openSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(process.env.CORRIDOR_PRISMA_DIR ?? "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function readSchemaFiles() {
  return [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }];
}

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => {
        const content = await readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
        return { path: folder, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** Applies every pending migration folder, recording each in _prisma_migrations like `prisma migrate deploy`. */
export async function applyPendingMigrations(adapter: AdapterHandle): Promise<string[]> {
  const engine = await openSchemaEngine(adapter.migrationFactory, await readSchemaFiles());
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the database described by the migrations folder to the current schema.prisma. */
export async function diffMigrationsToSchema(adapter: AdapterHandle): Promise<string> {
  const engine = await openSchemaEngine(adapter.migrationFactory, await readSchemaFiles());
  try {
    const migrations = await readMigrationList();
    const from = migrations.migrationDirectories.length
      ? { tag: "migrations" as const, ...migrations }
      : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: await readSchemaFiles() },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
