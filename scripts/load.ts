// npm run load [-- --connections 50 --seconds 30]: a mixed load against a production server
// (`next start` through scripts/start.ts) on a fresh embedded database in a temporary folder:
// signed-in page and API reads, and analysts recording milestone progress. Prints requests, answers
// by status, p50/p99 latency, and checks that every acknowledged write is one change set.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { createAdapter } from "../lib/db/adapter-factory";
import { PrismaClient } from "../lib/generated/prisma/client";
import { readFlags } from "./cli-args";

const flags = readFlags(["connections", "seconds", "port"]);
const connections = Number(flags.connections ?? 50);
const seconds = Number(flags.seconds ?? 30);
const writers = Math.max(1, Math.round(connections / 10));
const port = flags.port ?? "3400";
const base = `http://127.0.0.1:${port}`;
const dataRoot = mkdtempSync(path.join(os.tmpdir(), "corridor-load-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PGLITE_DIR: path.join(dataRoot, "pglite"),
  PORT: port,
};
delete env.DATABASE_URL;

// Its own process group, so that stopping it stops next start behind npx and tsx too.
const server = spawn("npx", ["tsx", "scripts/start.ts"], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
try {
  await waitForHealth();
  const analystToken = await createToken("analyst@corridor.test");
  const executiveToken = await createToken("executive@corridor.test");
  const milestones = await openMilestones(analystToken);
  const started = new Date();
  const [reads, writes] = await Promise.all([
    readLoad(executiveToken, connections - writers),
    writeLoad(analystToken, milestones.slice(0, writers)),
  ]);
  const changeSets = await changeSetsSince(started);
  report(reads, writes, changeSets);
  if (writes.byStatus["5xx"] || reads["5xx"] || changeSets !== writes.ok) process.exitCode = 1;
} finally {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  if (server.exitCode === null) {
    process.kill(-server.pid!, "SIGTERM");
    await exited;
  }
  rmSync(dataRoot, { recursive: true, force: true });
}

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not become healthy within 5 minutes.");
}

async function createToken(email: string) {
  const { stdout } = await promisify(execFile)(
    "npm",
    ["run", "--silent", "token:create", "--", "--email", email],
    { env },
  );
  return stdout.trim();
}

async function openMilestones(token: string) {
  const res = await fetch(`${base}/api/initiatives/ksfta-upgrade`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as {
    milestones: { id: string; version: number; status: string }[];
  };
  const open = body.milestones.filter(
    (m) => m.status === "not_started" || m.status === "in_progress",
  );
  if (open.length < writers)
    throw new Error(`Only ${open.length} open milestones for ${writers} writers.`);
  return open;
}

function readLoad(token: string, readConnections: number) {
  return autocannon({
    url: base,
    connections: readConnections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      "/dashboard",
      "/initiatives/ksfta-upgrade",
      "/api/portfolio",
      "/",
      "/api/initiatives",
    ].map((p) => ({ method: "GET" as const, path: p })),
  });
}

/** One analyst per milestone, each basing every change on the version its last write returned. */
async function writeLoad(token: string, milestones: { id: string; version: number }[]) {
  const latencies: number[] = [];
  const byStatus: Record<string, number> = {};
  let ok = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    milestones.map(async (milestone) => {
      let version = milestone.version;
      for (let n = 1; Date.now() < deadline; n++) {
        const began = performance.now();
        const res = await fetch(`${base}/api/milestones/${milestone.id}`, {
          method: "PATCH",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            version,
            status: "in_progress",
            percentComplete: (n % 99) + 1,
            reason: `Load test ${n}`,
          }),
        });
        latencies.push(performance.now() - began);
        const bucket = res.status >= 500 ? "5xx" : String(res.status);
        byStatus[bucket] = (byStatus[bucket] ?? 0) + 1;
        const body = (await res.json()) as { version?: number };
        if (res.ok && body.version) {
          ok++;
          version = body.version;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { ok, byStatus, count: latencies.length, p50: at(0.5), p99: at(0.99) };
}

async function changeSetsSince(since: Date) {
  const adapter = createAdapter({ kind: "pglite", dataDir: env.PGLITE_DIR! });
  const prisma = new PrismaClient({ adapter: adapter.factory });
  try {
    const rows = await prisma.changeEvent.groupBy({
      by: ["changeSetId"],
      where: { recordedAt: { gte: since } },
    });
    return rows.length;
  } finally {
    await prisma.$disconnect();
    await adapter.close();
  }
}

function report(
  reads: autocannon.Result,
  writes: Awaited<ReturnType<typeof writeLoad>>,
  changeSets: number,
) {
  const readStatuses = {
    "2xx": reads["2xx"],
    "3xx": reads["3xx"],
    "4xx": reads["4xx"],
    "5xx": reads["5xx"],
  };
  console.log(
    `\nMixed load: ${connections} connections for ${seconds} s (${connections - writers} reading, ${writers} writing)`,
  );
  console.table({
    reads: {
      requests: reads.requests.total,
      "req/s": reads.requests.average,
      p50_ms: reads.latency.p50,
      p99_ms: reads.latency.p99,
      errors: reads.errors,
      ...readStatuses,
    },
    writes: {
      requests: writes.count,
      "req/s": +(writes.count / seconds).toFixed(1),
      p50_ms: +writes.p50.toFixed(1),
      p99_ms: +writes.p99.toFixed(1),
      errors: 0,
      ...writes.byStatus,
    },
  });
  console.log(
    `Consistency: ${writes.ok} acknowledged writes, ${changeSets} change sets recorded — ${changeSets === writes.ok ? "equal" : "MISMATCH"}.`,
  );
}
