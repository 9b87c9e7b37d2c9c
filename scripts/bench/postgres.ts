// PostgreSQL for the bench: BENCH_DATABASE_URL (a server where it may create databases), else a
// throwaway server on loopback when Debian's initdb is installed (as CI starts one: .ci/run).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type PostgresServer = {
  /** Where it comes from, for the report. */
  description: string;
  /** A fresh, empty database on the server; its connection string. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

export async function openPostgres(port: number): Promise<PostgresServer | { skipped: string }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return serverAt(given, "BENCH_DATABASE_URL", async () => {});
  const bin = findPostgresBin();
  if (!bin)
    return {
      skipped:
        "no PostgreSQL: set BENCH_DATABASE_URL, or install Debian's postgresql (initdb under /usr/lib/postgresql/*/bin)",
    };
  return startThrowaway(bin, port);
}

function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, "bin") : null;
}

/** As root the server runs as the postgres user (initdb refuses root), as CI does it. */
function runAsServerUser(command: string[]): void {
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(" ");
  if (process.getuid?.() === 0)
    execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "ignore" });
  else execFileSync("/bin/sh", ["-c", quoted], { stdio: "ignore" });
}

async function startThrowaway(
  bin: string,
  port: number,
): Promise<PostgresServer | { skipped: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-bench-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  try {
    runAsServerUser([path.join(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres"]);
    runAsServerUser([
      path.join(bin, "pg_ctl"),
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-o",
      serverOptions,
      "start",
    ]);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return {
      skipped: `the throwaway server did not start on port ${port} (in use? choose another with --postgres-port)`,
    };
  }
  const version = execFileSync(path.join(bin, "postgres"), ["--version"]).toString().trim();
  return serverAt(
    `postgresql://postgres@127.0.0.1:${port}/postgres`,
    `a throwaway ${version} on port ${port}`,
    async () => {
      try {
        runAsServerUser([path.join(bin, "pg_ctl"), "-D", data, "-m", "fast", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}

function serverAt(
  url: string,
  description: string,
  stopServer: () => Promise<void>,
): PostgresServer {
  const created: string[] = [];
  let stopped: Promise<void> | null = null;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    description,
    async createDatabase(name) {
      const database = `corridor_bench_${name.replace(/\W/g, "_")}_${Date.now().toString(36)}`;
      await admin((c) => c.query(`CREATE DATABASE "${database}"`));
      created.push(database);
      const target = new URL(url);
      target.pathname = `/${database}`;
      return target.toString();
    },
    // Once only: the end of the bench and an interrupting signal may both ask.
    stop() {
      stopped ??= (async () => {
        // Databases made on someone else's server are dropped; a throwaway server goes whole.
        if (process.env.BENCH_DATABASE_URL)
          await admin(async (c) => {
            for (const database of created)
              await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          }).catch((error) => console.error(`Could not drop the bench databases: ${error}`));
        await stopServer();
      })();
      return stopped;
    },
  };
}
