import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { connectOrHostEmbedded, type EmbeddedConnection } from "./embedded/host";
import type { HolderRole } from "./embedded/lock";
import { PrismaPgForMigrations } from "./pg-migration-factory";

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
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The factory the schema engine uses to apply migrations. */
  migrationFactory: SqlMigrationAwareDriverAdapterFactory;
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
  if (target.dataDir) return embeddedFolderAdapter(target, target.dataDir);
  // In memory: private to this process (tests, benchmarks, the migration shadow database).
  const client = new PGlite();
  const factory = new PrismaPGlite(client);
  return { target, factory, migrationFactory: factory, close: () => client.close() };
}

/**
 * A folder is shared by every process that needs it through the one process that holds it
 * (lib/db/embedded/host.ts); which one that is, is settled on first use.
 */
function embeddedFolderAdapter(target: DatabaseTarget, dataDir: string): AdapterHandle {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  let connection: Promise<EmbeddedConnection> | null = null;
  const connect = () => (connection ??= connectOrHostEmbedded(dataDir, claimOfThisProcess()));
  const factory = new LazyFactory(
    async () => new PrismaPg({ connectionString: (await connect()).url, max: 10 }),
  );
  const migrationFactory = new LazyFactory(
    async () => new PrismaPgForMigrations({ connectionString: (await connect()).url, max: 1 }),
  );
  return {
    target,
    factory,
    migrationFactory,
    close: async () => {
      if (connection) await (await connection).close();
      connection = null;
    },
  };
}

class LazyFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private inner: Promise<SqlMigrationAwareDriverAdapterFactory> | null = null;

  constructor(private readonly make: () => Promise<SqlMigrationAwareDriverAdapterFactory>) {}

  async connect() {
    return (await this.resolve()).connect();
  }

  async connectToShadowDb() {
    return (await this.resolve()).connectToShadowDb();
  }

  private resolve() {
    this.inner ??= this.make().catch((error) => {
      this.inner = null;
      throw error;
    });
    return this.inner;
  }
}

function claimOfThisProcess(): { role: HolderRole; command: string } {
  // Next defines NEXT_RUNTIME in its server bundles; everything else is a script run by hand.
  if (process.env.NEXT_RUNTIME) return { role: "server", command: "the Corridor app server" };
  const script = process.env.npm_lifecycle_event;
  return {
    role: "script",
    command: script ? `npm run ${script}` : `node ${path.basename(process.argv[1] ?? "script")}`,
  };
}
