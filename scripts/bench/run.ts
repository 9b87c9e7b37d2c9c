// One data set on one database: a fresh database, the data set written into it, the app started
// on it, every route measured, the reports timed, the server's peak memory read, the server stopped.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { checkServedScripts, type PageWeight } from "./first-load-js";
import { settle } from "./http";
import { measureRoute, type LoadSettings, type RouteResult, type RouteSpec } from "./load";
import { MilestonePool } from "./milestone-pool";
import type { DatabaseKind, DataSetName } from "./options";
import type { PostgresServer } from "./postgres";
import { runScript } from "./processes";
import { timeReport, type ReportTiming } from "./reports";
import { startApp, type AppServer, type PeakMemory } from "./server";
import { checkTwoInstances, type TwoInstanceCheck } from "./two-instances";

export const INITIATIVE_SLUG = "ksfta-upgrade";
export const AS_OF_PATH = "/dashboard?asOf=2026-06-30&basis=recorded";
/** The cheapest page: every route's throughput is given as a ratio of it. */
export const CHEAPEST = "glossary";
/** Served pages whose scripts are checked against the manifests' list: the route, its path. */
const PAGES_CHECKED: [string, string][] = [
  ["/dashboard", "/dashboard"],
  ["/initiatives/[slug]", `/initiatives/${INITIATIVE_SLUG}`],
  ["/glossary", "/glossary"],
];
/** Milestones written by the PATCH load: two per connection, so that none is shared. */
const MILESTONES_PER_CONNECTION = 2;

const ANALYST = "analyst@corridor.test";

export const DATA_SET_ARGS: Record<DataSetName, string[] | null> = {
  seeded: null,
  "10x": ["--preset", "10x"],
  large: [],
};

export type RunResult = {
  dataSet: DataSetName;
  database: DatabaseKind;
  ok: boolean;
  error: string | null;
  generateSeconds: number | null;
  /** What the generator wrote, as it says it ("1,000 initiatives, 20,000 milestones, …"). */
  generated: string | null;
  startSeconds: number | null;
  routes: RouteResult[];
  reports: ReportTiming[];
  memory: PeakMemory;
  twoInstances: TwoInstanceCheck | null;
  /** Wall-clock seconds of each step, in order. */
  steps: { step: string; seconds: number }[];
  logFile: string;
};

export type RunContext = {
  dataSet: DataSetName;
  database: DatabaseKind;
  postgres: PostgresServer | null;
  workDir: string;
  logDir: string;
  port: number;
  settings: LoadSettings;
  /** The build's page weights, to check against the scripts the served pages load (once). */
  pageWeights: PageWeight[] | null;
  checkTwoInstances: boolean;
  log: (line: string) => void;
};

function routesFor(staticFile: string | null): RouteSpec[] {
  const routes: RouteSpec[] = [
    { key: "health", label: "GET /api/health", path: "/api/health", kind: "get" },
    { key: CHEAPEST, label: "/glossary (cheapest page)", path: "/glossary", kind: "get" },
    { key: "dashboard", label: "/dashboard", path: "/dashboard", kind: "get" },
    {
      key: "dashboard-as-of",
      label: "/dashboard as of 30 Jun (recorded)",
      path: AS_OF_PATH,
      kind: "get",
    },
    {
      key: "initiative",
      label: `/initiatives/${INITIATIVE_SLUG}`,
      path: `/initiatives/${INITIATIVE_SLUG}`,
      kind: "get",
    },
    {
      key: "root",
      label: "/",
      path: "/",
      kind: "get",
      expect: "2xx-or-redirect",
      note: "measured as it answers: a redirect is counted, not followed",
    },
    { key: "portfolio", label: "GET /api/portfolio", path: "/api/portfolio", kind: "get" },
  ];
  if (staticFile)
    routes.splice(1, 0, {
      key: "static",
      label: "static file (a JS chunk)",
      path: staticFile,
      kind: "get",
    });
  return routes;
}

async function databaseEnv(ctx: RunContext): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  delete env.BENCH_DATABASE_URL;
  if (ctx.database === "embedded") {
    env.PGLITE_DIR = path.join(ctx.workDir, `${ctx.dataSet}-embedded`, "pglite");
    return env;
  }
  env.DATABASE_URL = await ctx.postgres!.createDatabase(ctx.dataSet);
  env.BETTER_AUTH_SECRET = randomBytes(32).toString("base64");
  return env;
}

async function firstStaticScript(base: string, token: string): Promise<string | null> {
  const res = await fetch(`${base}/glossary`, { headers: { authorization: `Bearer ${token}` } });
  const match = /<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(await res.text());
  return match ? match[1] : null;
}

type OpenMilestone = { id: string; version: number; percentComplete: number };

async function getJson<T>(base: string, path: string, token: string): Promise<T> {
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Open milestones (not started or in progress) of the seeded initiatives first, up to `wanted`. */
async function openMilestones(base: string, token: string, wanted: number) {
  const list = await getJson<{ initiatives: { slug: string }[] }>(base, "/api/initiatives", token);
  const slugs = [
    INITIATIVE_SLUG,
    ...list.initiatives.map((i) => i.slug).filter((slug) => slug !== INITIATIVE_SLUG),
  ].sort((a, b) => Number(a.startsWith("gen-")) - Number(b.startsWith("gen-")));
  const found: OpenMilestone[] = [];
  for (const slug of slugs) {
    if (found.length >= wanted) break;
    const body = await getJson<{ milestones: (OpenMilestone & { status: string })[] }>(
      base,
      `/api/initiatives/${encodeURIComponent(slug)}`,
      token,
    );
    for (const m of body.milestones)
      if (m.status === "not_started" || m.status === "in_progress") found.push(m);
  }
  return found.slice(0, wanted);
}

export async function benchmarkRun(ctx: RunContext): Promise<RunResult> {
  const name = `${ctx.dataSet}-${ctx.database}`;
  const result: RunResult = {
    dataSet: ctx.dataSet,
    database: ctx.database,
    ok: false,
    error: null,
    generateSeconds: null,
    generated: null,
    startSeconds: null,
    routes: [],
    reports: [],
    memory: { treeMb: null, nextServerMb: null, databaseHostMb: null },
    twoInstances: null,
    steps: [],
    logFile: path.join(ctx.logDir, `${name}.log`),
  };
  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    ctx.log(`${label}…`);
    const started = performance.now();
    try {
      return await fn();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      result.steps.push({ step: label, seconds });
      ctx.log(`${label}: ${seconds.toFixed(1)} s`);
    }
  };
  const servers: AppServer[] = [];
  try {
    const env = await databaseEnv(ctx);
    const generateArgs = DATA_SET_ARGS[ctx.dataSet];
    if (generateArgs) {
      const started = performance.now();
      const output = await step(`generate the ${ctx.dataSet} data set`, () =>
        runScript("db:generate-large", generateArgs, env),
      );
      result.generated =
        /Wrote ([\d,]+ initiatives, [\d,]+ milestones, [\d,]+ change events)/.exec(output)?.[1] ??
        null;
      result.generateSeconds = (performance.now() - started) / 1000;
    }
    const started = performance.now();
    const server = await step("start the server (migrate, seed, next start)", () =>
      startApp({
        env,
        port: ctx.port,
        logFile: result.logFile,
        viaStartScript: true,
        hostsEmbeddedDatabase: ctx.database === "embedded",
      }),
    );
    servers.push(server);
    result.startSeconds = (performance.now() - started) / 1000;
    // The demo accounts are seeded on the embedded database only.
    if (ctx.database === "postgres")
      await runScript(
        "user:create",
        [
          "--email",
          ANALYST,
          "--role",
          "analyst",
          "--password",
          randomBytes(18).toString("base64url"),
        ],
        env,
      );
    const token = (
      await runScript("token:create", ["--email", ANALYST, "--name", "bench"], env)
    ).trim();

    if (ctx.pageWeights) {
      for (const [route, pagePath] of PAGES_CHECKED) {
        const weight = ctx.pageWeights.find((w) => w.path === route);
        if (weight) await checkServedScripts(weight, server.base, pagePath, token);
      }
      await settle(server.base);
    }
    // The static file depends on neither data nor database: measured beside the seeded set only.
    const staticFile =
      ctx.dataSet === "seeded" ? await firstStaticScript(server.base, token) : null;
    for (const route of routesFor(staticFile))
      result.routes.push(
        await step(route.label, () => measureRoute(server.base, token, route, ctx.settings, null)),
      );
    for (const format of ["pdf", "xlsx"] as const) {
      result.reports.push(
        await step(`status report (${format})`, () =>
          timeReport(server.base, token, format, ctx.settings.probeTimeoutMs * 2),
        ),
      );
      await settle(server.base);
    }
    const milestones = await openMilestones(
      server.base,
      token,
      ctx.settings.connections * MILESTONES_PER_CONNECTION,
    );
    const patch: RouteSpec = {
      key: "patch",
      label: "PATCH /api/milestones/{id}",
      path: "/api/milestones/{id}",
      kind: "patch",
      note: `analyst token, ${milestones.length} open milestones, ${milestones.length >= ctx.settings.connections ? "none" : "some"} shared between connections; each request based on the last answer's version (a 409 re-reads it)`,
    };
    const pool = milestones.length ? new MilestonePool(milestones) : null;
    result.routes.push(
      await step(patch.label, () => measureRoute(server.base, token, patch, ctx.settings, pool)),
    );
    result.memory = server.peakMemory();

    if (ctx.checkTwoInstances) {
      const second = await step("start a second instance on the same database", () =>
        startApp({
          env,
          port: ctx.port + 1,
          logFile: path.join(ctx.logDir, `${name}-second.log`),
          viaStartScript: false,
          hostsEmbeddedDatabase: false,
        }),
      );
      servers.push(second);
      const [target] = await openMilestones(server.base, token, 1);
      result.twoInstances = await step("a PATCH on one instance, read on the other", () =>
        checkTwoInstances(server, second, token, target.id),
      );
    }
    result.ok = true;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    ctx.log(`failed: ${result.error}`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
  return result;
}
