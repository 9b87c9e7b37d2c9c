import { parseArgs } from "node:util";

export const DATA_SETS = ["seeded", "10x", "large"] as const;
export type DataSetName = (typeof DATA_SETS)[number];
export const DATABASES = ["embedded", "postgres"] as const;
export type DatabaseKind = (typeof DATABASES)[number];

const DEFAULT_PORT = 55580;
const DEFAULT_POSTGRES_PORT = 55590;

export type BenchOptions = {
  quick: boolean;
  seconds: number;
  connections: number;
  dataSets: DataSetName[];
  databases: DatabaseKind[];
  inProcess: boolean;
  /** The app servers listen here and on the next port (the second instance). */
  port: number;
  /** The throwaway PostgreSQL server, when the bench starts one. */
  postgresPort: number;
};

export const USAGE = `Usage: npm run bench -- [--quick] [--seconds S] [--connections C]
  [--datasets seeded,10x,large] [--databases embedded,postgres] [--no-in-process]
  [--port P] [--postgres-port P]
Default: 10 connections × 8 s per route (after a 0.5 s warm-up), all three data sets on both
databases, the in-process section first. --quick: 3 s per route and no warm-up run.
The app servers listen on --port and the next port (default ${DEFAULT_PORT}); a throwaway PostgreSQL on
--postgres-port (default ${DEFAULT_POSTGRES_PORT}).
PostgreSQL: BENCH_DATABASE_URL (a server where the bench may create databases), else a throwaway
server when initdb is found under /usr/lib/postgresql/*/bin, else skipped.`;

function listOf<T extends string>(name: string, value: string | undefined, all: readonly T[]): T[] {
  if (value === undefined) return [...all];
  const items = value.split(",").map((s) => s.trim());
  for (const item of items)
    if (!all.includes(item as T))
      throw new Error(`--${name}: "${item}" is not one of ${all.join(", ")}.`);
  return all.filter((a) => items.includes(a));
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`--${name} must be a whole number above 0.`);
  return Number(value);
}

export function readBenchOptions(argv = process.argv.slice(2)): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean" },
      seconds: { type: "string" },
      connections: { type: "string" },
      datasets: { type: "string" },
      databases: { type: "string" },
      "no-in-process": { type: "boolean" },
      port: { type: "string" },
      "postgres-port": { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) return null;
  const quick = values.quick ?? false;
  const port = whole("port", values.port, DEFAULT_PORT);
  return {
    quick,
    seconds: whole("seconds", values.seconds, quick ? 3 : 8),
    connections: whole("connections", values.connections, 10),
    dataSets: listOf("datasets", values.datasets, DATA_SETS),
    databases: listOf("databases", values.databases, DATABASES),
    inProcess: !values["no-in-process"],
    port,
    postgresPort: whole("postgres-port", values["postgres-port"], DEFAULT_POSTGRES_PORT),
  };
}
