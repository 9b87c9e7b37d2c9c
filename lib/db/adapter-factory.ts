import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPgForMigrations } from "./pg-migration-factory";
import { mkdirSync } from "node:fs";
import path from "node:path";

export type DatabaseTarget =
  { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };

/** DATABASE_URL selects a real PostgreSQL server; otherwise the embedded PGlite folder. */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  if (env.PGLITE_DIR === "memory://") return { kind: "pglite", dataDir: null };
  return {
    kind: "pglite",
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR ?? ".data/pglite"),
  };
}

export type AdapterHandle = {
  target: DatabaseTarget;
  factory: PrismaPg | PrismaPGlite;
  /** The factory the schema engine uses to apply migrations. */
  migrationFactory: PrismaPg | PrismaPGlite;
  close: () => Promise<void>;
};

export function createAdapter(target: DatabaseTarget = resolveDatabaseTarget()): AdapterHandle {
  if (target.kind === "postgres") {
    return {
      target,
      factory: new PrismaPg({ connectionString: target.url, max: 10 }),
      migrationFactory: new PrismaPgForMigrations({ connectionString: target.url, max: 1 }),
      close: async () => {},
    };
  }
  // PGlite creates its own folder but not the ones above it.
  if (target.dataDir) mkdirSync(path.dirname(target.dataDir), { recursive: true });
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  const factory = new PrismaPGlite(client);
  return { target, factory, migrationFactory: factory, close: () => client.close() };
}
