// npm run bench [-- --quick] — measures Corridor as users get it (issue 11). First the in-process
// timings (scripts/bench/in-process.ts). Then, for the seeded portfolio, 10× and the large data set
// (npm run db:generate-large), each on the embedded database and on PostgreSQL, a production build
// started as `npm start` does (scripts/start.ts) on loopback is loaded route by route with
// autocannon (10 connections × 8 s; --quick 3 s), beside the cheapest page of the same server.
// Also: status report PDF/xlsx time, the server's peak memory, first-load JavaScript per page from
// the build manifests, two instances on one database. Prints the tables with the issue's targets
// and writes bench-results/latest.json (git-ignored). `--help` lists the options.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readBenchOptions, USAGE, type BenchOptions } from "./bench/options";
import { openPostgres, type PostgresServer } from "./bench/postgres";
import { buildIsStale, runScript } from "./bench/processes";
import { benchmarkRun, type RunResult } from "./bench/run";
import { stopAllServers } from "./bench/server";
import { weighPages, type PageWeight } from "./bench/first-load-js";
import {
  checkTargets,
  pageWeightTable,
  routeTable,
  serverTable,
  stepTable,
  targetTable,
} from "./bench/table";

const RESULTS_DIR = "bench-results";
const benchStarted = performance.now();
const elapsed = () => `${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s`;
/** The bench's own steps outside the runs (in-process section, build, PostgreSQL), in seconds. */
const setUpSteps: { step: string; seconds: number }[] = [];

async function timed<T>(step: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    setUpSteps.push({ step, seconds: (performance.now() - started) / 1000 });
  }
}

function readPageWeights(): { weights: PageWeight[] | null; note: string | null } {
  try {
    return { weights: weighPages(), note: null };
  } catch (error) {
    return { weights: null, note: `First-load JavaScript not read: ${(error as Error).message}` };
  }
}

function inProcessSection(): Promise<string> {
  console.log("\n## In-process timings (seeded portfolio in an in-memory database)\n");
  return new Promise((resolve) => {
    const child = spawn(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/bench/in-process.ts"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on("exit", (code) => {
      if (code !== 0) console.log(`(the in-process section exited with ${code}; carrying on)`);
      resolve(out);
    });
  });
}

async function ensureBuild(logDir: string) {
  if (!buildIsStale()) return;
  console.log(`${elapsed()}  building the app (the build is missing or older than the sources)…`);
  const output = await runScript("build", [], process.env);
  writeFileSync(path.join(logDir, "build.log"), output);
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
  } catch {
    return null;
  }
}

// Module-wide so that an interrupted bench can clean up too.
let postgres: PostgresServer | null = null;
let workDir: string | null = null;
let interrupted = false;

async function main(options: BenchOptions) {
  mkdirSync(path.join(RESULTS_DIR, "logs"), { recursive: true });
  const logDir = path.resolve(RESULTS_DIR, "logs");
  const work = (workDir = mkdtempSync(path.join(os.tmpdir(), "corridor-bench-")));
  // The build also generates the Prisma client, which the in-process section needs.
  await timed("build (when stale)", () => ensureBuild(logDir));
  const inProcess = options.inProcess ? await timed("in-process section", inProcessSection) : null;

  console.log(
    `\n## Against a production build: ${options.connections} connections × ${options.seconds} s per route\n`,
  );
  const { weights, note: weightsNote } = readPageWeights();
  const cheapestRendering = weights?.find((w) => w.path === "/glossary")?.rendering ?? null;
  let postgresNote: string | null = null;
  const databases = [...options.databases];
  if (databases.includes("postgres")) {
    const opened = await timed("start PostgreSQL", () => openPostgres(options.postgresPort));
    if ("skipped" in opened) {
      postgresNote = `PostgreSQL skipped: ${opened.skipped}.`;
      console.log(postgresNote);
      databases.splice(databases.indexOf("postgres"), 1);
    } else {
      postgres = opened;
      postgresNote = `PostgreSQL: ${opened.description}.`;
      console.log(postgresNote);
    }
  }

  const runs: RunResult[] = [];
  try {
    for (const dataSet of options.dataSets) {
      for (const database of databases) {
        if (interrupted) break;
        const run = await benchmarkRun({
          dataSet,
          database,
          postgres,
          workDir: work,
          logDir,
          port: options.port,
          settings: {
            seconds: options.seconds,
            connections: options.connections,
            warmUpSeconds: options.quick ? 0 : 0.5,
            probeTimeoutMs: options.quick ? 60_000 : 120_000,
          },
          pageWeights: runs.length === 0 ? weights : null,
          checkTwoInstances: dataSet === "seeded",
          log: (line) => console.log(`${elapsed()}  [${dataSet} · ${database}] ${line}`),
        });
        runs.push(run);
        rmSync(path.join(work, `${dataSet}-${database}`), { recursive: true, force: true });
      }
    }
  } finally {
    await stopAllServers().finally(() => postgres?.stop());
    rmSync(work, { recursive: true, force: true });
  }

  // An interrupted bench reports nothing: its last runs failed only because it was stopping.
  if (interrupted) return;
  const targets = checkTargets(runs, weights);
  console.log(`\n## Routes (${options.connections} connections × ${options.seconds} s each)\n`);
  console.log(routeTable(runs));
  console.log(
    "\n× cheapest: the route's req/s ÷ /glossary's on the same server in the same run, the cheapest page: no\n" +
      `data of its own; ${glossaryRendering(cheapestRendering)}\n` +
      "req/s counts the expected answers (2xx; for /, also a redirect, measured as it answers and not\n" +
      "followed: its label gives the answer), and p50/p99 are theirs. * one request at a time: a single\n" +
      "answer took longer than the run allows at that load, so req/s is 1 ÷ its time and p50/p99 are that\n" +
      "one request's. ! other answers: non-2xx (e.g. 409 version conflicts on PATCH, 503) and socket errors,\n" +
      "listed in Answers, never counted in req/s. Every request carries the analyst's API token (Bearer).\n" +
      "first ms: the route's first request on the fresh server, which also fills the caches kept per data\n" +
      "version (every write empties them: it is also the cost of the first view after a change).",
  );
  console.log("\n## Reports, memory, set-up\n");
  console.log(serverTable(runs));
  console.log(
    "\nPDF/xlsx: GET /api/reports/status.{pdf,xlsx} (the whole portfolio), best of up to two. Memory, sampled\n" +
      "every 200 ms from when the server was up to the end of its PATCH load: server tree = the sum over the\n" +
      "server's processes (scripts/start.ts, which hosts the embedded database, and next-server); next-server\n" +
      "alone (the larger of the samples and its VmHWM); DB host = scripts/start.ts on the embedded database\n" +
      "(PostgreSQL's own server is not counted). generate: npm run db:generate-large into a fresh database.",
  );
  for (const run of runs.filter((r) => r.generated))
    console.log(`${run.dataSet} · ${run.database}: generated ${run.generated} (plus the seed).`);
  console.log("\n## First-load JavaScript (from the build manifests)\n");
  if (weights) {
    console.log(pageWeightTable(weights));
    console.log(
      "\nThe scripts every page loads (build-manifest.json rootMainFiles) and the page's entry chunks with its\n" +
        "layouts (its client reference manifest), gzipped one by one at level 6; no-module polyfills left out.\n" +
        "Served page check: the <script src> of the served page, compared with that list.",
    );
  } else console.log(weightsNote);
  const twoInstances = runs.filter((r) => r.twoInstances);
  if (twoInstances.length) {
    console.log("\n## Two instances on one database\n");
    for (const run of twoInstances)
      console.log(
        `${run.twoInstances!.ok ? "PASS" : "FAIL"}  ${DB_NAME[run.database]} (${run.dataSet}): ${run.twoInstances!.detail}`,
      );
  }
  console.log("\n## Targets (issue 11)\n");
  console.log(targetTable(targets));
  console.log(
    "\nDashboard cost: the server's time per answer (1 ÷ req/s at the same load) on the large set ÷ on the\n" +
      "seeded one, same database; the large set adds 1,000 generated initiatives and their long change history\n" +
      "to the seed (≈ 140× the initiatives, > 1,000× the change events). p50 ratio given beside it.\n" +
      `Targets stated for 10 connections${options.connections === 10 ? "" : ` (this run used ${options.connections})`}.`,
  );
  console.log("\n## Time per step (s)\n");
  console.log(stepTable(runs, setUpSteps));
  if (postgresNote) console.log(`\n${postgresNote}`);
  const failed = runs.filter((r) => !r.ok);
  for (const run of failed)
    console.log(`${run.dataSet} · ${run.database} failed: ${run.error} (log: ${run.logFile})`);

  const file = path.join(RESULTS_DIR, "latest.json");
  writeFileSync(
    file,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        commit: gitCommit(),
        options,
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? null,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        postgres: postgresNote,
        durationSeconds: Math.round((performance.now() - benchStarted) / 1000),
        inProcess,
        runs,
        pageWeights: weights,
        setUpSteps,
        targets,
      },
      null,
      2,
    ),
  );
  console.log(`\nWritten to ${file} in ${elapsed().trim()} in all.`);
  if (failed.length) process.exitCode = 1;
}

const DB_NAME = { embedded: "embedded (PGlite)", postgres: "PostgreSQL" } as const;

function glossaryRendering(rendering: PageWeight["rendering"] | null): string {
  if (rendering === "static") return "the build prerenders it (static).";
  if (rendering === "dynamic")
    return "NOT prerendered in this build: rendered per request, since every page carries that\nrequest's script nonce.";
  return "whether the build prerenders it is unknown.";
}

let options: BenchOptions | null = null;
try {
  options = readBenchOptions();
  if (!options) console.log(USAGE);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exitCode = 1;
}
if (options) {
  // Kept for every signal, not once: a second one (npm and tsx relay them too) must not cut the
  // clean-up short and leave a server or PostgreSQL running.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping the servers…`);
      void stopAllServers()
        .finally(() => postgres?.stop())
        .finally(() => {
          if (workDir) rmSync(workDir, { recursive: true, force: true });
          process.exit(128 + os.constants.signals[signal]);
        });
    });
  await main(options);
}
