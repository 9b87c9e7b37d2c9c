import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A throwaway PostgreSQL server on loopback that a test may stop and start again. */
export type PostgresServer = {
  url: string;
  stop: () => void;
  start: () => void;
  destroy: () => void;
};

export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  try {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    return versions.length ? path.join(root, versions[0], "bin") : null;
  } catch {
    return null;
  }
}

export function createPostgresServer(bin: string, port: number): PostgresServer {
  const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-outage-pg-"));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
  const run = (tool: string, args: string[]) => {
    if (!asRoot) return execFileSync(path.join(bin, tool), args, { stdio: "ignore" });
    const command = [path.join(bin, tool), ...args].map((a) => `'${a}'`).join(" ");
    return execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { stdio: "ignore" });
  };
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const start = () =>
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
