// The app under test: `next start` through scripts/start.ts (it hosts the embedded database,
// migrates, seeds, and builds only when the build is stale), in its own process group so that one
// signal stops it all; and the peak memory of its processes, sampled every 200 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppServer = {
  base: string;
  port: number;
  peakMemory: () => PeakMemory;
  stop: () => Promise<void>;
  logFile: string;
};

/** Peak resident memory in MB: the server's whole process tree; next-server alone; the process
 * hosting the embedded database (scripts/start.ts; null on PostgreSQL, whose server is not ours). */
export type PeakMemory = {
  treeMb: number | null;
  nextServerMb: number | null;
  databaseHostMb: number | null;
};

const running = new Set<AppServer>();
let stopping = false;

/** Stops every server still running, and lets none start after (the bench is ending). */
export async function stopAllServers() {
  stopping = true;
  await Promise.all([...running].map((s) => s.stop()));
}

export async function startApp(options: {
  env: NodeJS.ProcessEnv;
  port: number;
  logFile: string;
  /** false: `next start` alone (a second instance on a database another server already serves). */
  viaStartScript: boolean;
  hostsEmbeddedDatabase: boolean;
}): Promise<AppServer> {
  if (stopping) throw new Error("The bench is stopping");
  const base = `http://127.0.0.1:${options.port}`;
  const taken = await fetch(base, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${options.port} is in use already: choose others with --port`);
  const env = { ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
  const log = openSync(options.logFile, "w");
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const args = options.viaStartScript
    ? ["--import", "tsx", "scripts/start.ts"]
    : [nextBin, "start", "-p", String(options.port)];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const sampler = new MemorySampler();
  const server: AppServer = {
    base,
    port: options.port,
    logFile: options.logFile,
    peakMemory: () => sampler.peaks(),
    stop: async () => {
      running.delete(server);
      sampler.stop();
      await stopGroup(child, exited);
    },
  };
  running.add(server);
  try {
    await waitForHealth(base, child, 300_000);
    const nextPid = await findNextServer(child.pid!);
    sampler.start(child.pid!, nextPid, options.hostsEmbeddedDatabase ? child.pid! : null);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message} (server log: ${options.logFile})`);
  }
  return server;
}

async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode} before it was healthy`);
    const healthy = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(300);
  }
  throw new Error(`The server on ${base} was not healthy within ${timeoutMs / 1000} s`);
}

function groupMembers(group: number): { pid: number; cmdline: string }[] {
  const members: { pid: number; cmdline: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) : state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      members.push({ pid: Number(entry), cmdline });
    } catch {
      // The process ended while being read.
    }
  }
  return members;
}

async function findNextServer(group: number): Promise<number | null> {
  for (let i = 0; i < 20; i++) {
    const next = groupMembers(group).find((m) => /^next-server|next\S* start/.test(m.cmdline));
    if (next) return next.pid;
    await sleep(100);
  }
  return null;
}

async function stopGroup(child: ChildProcess, exited: Promise<void>) {
  const group = child.pid!;
  const alive = () => groupMembers(group).length > 0;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name);
    } catch {
      // Already gone.
    }
  };
  if (!alive()) return;
  signal("SIGTERM");
  const deadline = Date.now() + 15_000;
  await Promise.race([exited, sleep(15_000)]);
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    signal("SIGKILL");
    while (alive()) await sleep(100);
  }
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private pids: { group: number; next: number | null; host: number | null } | null = null;
  private peakKb = { tree: 0, next: 0, host: 0 };

  start(group: number, nextPid: number | null, hostPid: number | null) {
    this.pids = { group, next: nextPid, host: hostPid };
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  private sample() {
    if (!this.pids) return;
    const { group, next, host } = this.pids;
    // The tree: every process of the server's group at one instant (start.ts with the embedded
    // database it hosts, next-server, their helpers). Sampled from when the server was up, so that
    // the migrations and seeding before do not count.
    const tree = groupMembers(group).reduce((sum, m) => sum + (statusKb(m.pid, "VmRSS") ?? 0), 0);
    this.peakKb.tree = Math.max(this.peakKb.tree, tree);
    // next-server started with the server: its kernel high-water mark (VmHWM) counts too.
    if (next !== null)
      this.peakKb.next = Math.max(
        this.peakKb.next,
        statusKb(next, "VmRSS") ?? 0,
        statusKb(next, "VmHWM") ?? 0,
      );
    if (host !== null) this.peakKb.host = Math.max(this.peakKb.host, statusKb(host, "VmRSS") ?? 0);
  }

  peaks(): PeakMemory {
    this.sample();
    const mb = (kb: number, known: boolean) => (known ? Math.round(kb / 1024) : null);
    return {
      treeMb: mb(this.peakKb.tree, !!this.pids),
      nextServerMb: mb(this.peakKb.next, this.pids?.next != null),
      databaseHostMb: mb(this.peakKb.host, this.pids?.host != null),
    };
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
