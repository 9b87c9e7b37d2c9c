// The printed tables and the targets (issue 11), each marked met or missed.
import type { PageWeight } from "./first-load-js";
import type { RouteResult } from "./load";
import { CHEAPEST, type RunResult } from "./run";

export type TargetCheck = {
  target: string;
  scope: string;
  figure: string;
  met: boolean | null;
};

const DB_LABEL = { embedded: "embedded (PGlite)", postgres: "PostgreSQL" } as const;

function render(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fixed = (n: number) =>
  n >= 100
    ? n.toFixed(0)
    : n >= 10
      ? n.toFixed(1)
      : n >= 0.1 || n === 0
        ? n.toFixed(2)
        : n.toPrecision(2);
const ms = (n: number | null) =>
  n === null ? "—" : n >= 1000 ? Math.round(n).toLocaleString("en-GB") : fixed(n);
const kb = (bytes: number | null) => (bytes === null ? "—" : fixed(bytes / 1024));

export function cheapestOf(run: RunResult): RouteResult | undefined {
  return run.routes.find((r) => r.key === CHEAPEST && r.requestsPerSecond !== null);
}

export function ratioToCheapest(run: RunResult, route: RouteResult): number | null {
  const cheapest = cheapestOf(run);
  if (!cheapest || route.requestsPerSecond === null) return null;
  return route.requestsPerSecond / cheapest.requestsPerSecond!;
}

function answers(route: RouteResult): string {
  const parts = Object.entries(route.statusCounts).map(([code, n]) => `${code}×${n}`);
  if (route.errors) parts.push(`errors×${route.errors}`);
  return parts.join(" ") || "—";
}

export function routeTable(runs: RunResult[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    if (!run.ok && run.routes.length === 0) {
      rows.push([
        run.dataSet,
        DB_LABEL[run.database],
        `FAILED: ${(run.error ?? "").slice(0, 90)}`,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ]);
      continue;
    }
    for (const route of run.routes) {
      const single = route.mode === "single" ? "*" : "";
      const warn = route.unexpected > 0 ? " !" : "";
      const ratio = ratioToCheapest(run, route);
      rows.push([
        run.dataSet,
        DB_LABEL[run.database],
        route.label,
        route.requestsPerSecond === null
          ? "—"
          : `${single ? "≈" : ""}${fixed(route.requestsPerSecond)}`,
        route.mode === "failed" ? "—" : ms(route.p50Ms) + single,
        route.mode === "failed" ? "—" : ms(route.p99Ms) + single,
        ratio === null ? "—" : `${fixed(ratio)}×`,
        route.mode === "failed" ? `— ${route.note ?? ""}` : answers(route) + warn,
        kb(route.bodyBytes),
        route.probes[0] ? ms(route.probes[0].ms) : "—",
      ]);
    }
  }
  return render(
    [
      "Data set",
      "Database",
      "Route",
      "req/s",
      "p50 ms",
      "p99 ms",
      "× cheapest",
      "Answers",
      "KB/answer",
      "first ms",
    ],
    rows,
    new Set([3, 4, 5, 6, 8, 9]),
  );
}

export function serverTable(runs: RunResult[]): string {
  const seconds = (n: number | null | undefined) =>
    n === null || n === undefined ? "—" : (n / 1000).toFixed(2);
  const rows = runs.map((run) => {
    const report = (format: "pdf" | "xlsx") => {
      const timing = run.reports.find((r) => r.format === format);
      if (!timing) return "—";
      if (timing.bestMs === null) return timing.note ?? "—";
      const size = timing.runs.find((r) => r.status === 200)?.bytes ?? 0;
      return `${seconds(timing.bestMs)} (${fixed(size / 2 ** 20)} MB)`;
    };
    return [
      run.dataSet,
      DB_LABEL[run.database],
      report("pdf"),
      report("xlsx"),
      run.memory.treeMb === null ? "—" : String(run.memory.treeMb),
      run.memory.nextServerMb === null ? "—" : String(run.memory.nextServerMb),
      run.memory.databaseHostMb === null ? "—" : String(run.memory.databaseHostMb),
      run.generateSeconds === null ? "—" : run.generateSeconds.toFixed(1),
      run.startSeconds === null ? "—" : run.startSeconds.toFixed(1),
    ];
  });
  return render(
    [
      "Data set",
      "Database",
      "PDF s (size)",
      "xlsx s (size)",
      "server tree peak RSS MB",
      "next-server MB",
      "DB host MB",
      "generate s",
      "start s",
    ],
    rows,
    new Set([2, 3, 4, 5, 6, 7, 8]),
  );
}

export function pageWeightTable(weights: PageWeight[]): string {
  return render(
    ["Page", "Rendering", "Scripts", "First-load JS KB gz", "KB raw", "Served page check"],
    weights.map((w) => [
      w.path,
      w.rendering === "static" ? "static (prerendered)" : "dynamic (per request)",
      String(w.scripts),
      kb(w.javascriptGzipBytes),
      kb(w.javascriptBytes),
      w.servedCheck ?? "",
    ]),
    new Set([2, 3, 4]),
  );
}

export function checkTargets(runs: RunResult[], weights: PageWeight[] | null): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const route = (run: RunResult, key: string) =>
    run.routes.find((r) => r.key === key && r.mode !== "failed");
  const star = (r: RouteResult) => (r.mode === "single" ? " (one request at a time)" : "");
  const push = (
    target: string,
    scope: string,
    value: number | null,
    limit: (v: number) => boolean,
    show: (v: number) => string,
  ) =>
    checks.push({
      target,
      scope,
      figure: value === null ? "not measured" : show(value),
      met: value === null ? null : limit(value),
    });

  for (const run of runs) {
    const scope = `${run.dataSet}, ${DB_LABEL[run.database]}`;
    const dashboard = route(run, "dashboard");
    if (run.dataSet === "seeded") {
      const ratio = dashboard ? ratioToCheapest(run, dashboard) : null;
      push(
        "dashboard ≥ 0.25× the cheapest page's req/s",
        scope,
        ratio,
        (v) => v >= 0.25,
        (v) => `${fixed(v)}×`,
      );
      push(
        "dashboard p99 < 100 ms (10 connections)",
        scope,
        dashboard?.p99Ms ?? null,
        (v) => v < 100,
        (v) => `${ms(v)} ms${dashboard ? star(dashboard) : ""}`,
      );
    }
    if (run.dataSet === "large") {
      const asOf = route(run, "dashboard-as-of");
      const patch = route(run, "patch");
      const pdf = run.reports.find((r) => r.format === "pdf")?.bestMs ?? null;
      push(
        "dashboard p99 < 300 ms",
        scope,
        dashboard?.p99Ms ?? null,
        (v) => v < 300,
        (v) => `${ms(v)} ms${dashboard ? star(dashboard) : ""}`,
      );
      push(
        "as-of dashboard p99 < 300 ms",
        scope,
        asOf?.p99Ms ?? null,
        (v) => v < 300,
        (v) => `${ms(v)} ms${asOf ? star(asOf) : ""}`,
      );
      push(
        "milestone PATCH p99 < 100 ms",
        scope,
        patch?.p99Ms ?? null,
        (v) => v < 100,
        (v) => `${ms(v)} ms`,
      );
      push(
        "PDF < 5 s",
        scope,
        pdf,
        (v) => v < 5000,
        (v) => `${(v / 1000).toFixed(2)} s`,
      );
      push(
        "server memory < 500 MB (process tree peak RSS)",
        scope,
        run.memory.treeMb,
        (v) => v < 500,
        (v) => `${v} MB`,
      );
      // Cost per request as the server's time per answer (1 ÷ req/s), loaded or one at a time.
      const seeded = runs.find((r) => r.dataSet === "seeded" && r.database === run.database);
      const seededDashboard = seeded ? route(seeded, "dashboard") : undefined;
      const growth =
        dashboard?.requestsPerSecond && seededDashboard?.requestsPerSecond
          ? seededDashboard.requestsPerSecond / dashboard.requestsPerSecond
          : null;
      push(
        "dashboard cost per request (1 ÷ req/s), large ÷ seeded ≤ 3×",
        scope,
        growth,
        (v) => v <= 3,
        (v) =>
          dashboard?.p50Ms && seededDashboard?.p50Ms
            ? `${fixed(v)}× (p50 ${fixed(dashboard.p50Ms / seededDashboard.p50Ms)}×)`
            : `${fixed(v)}×`,
      );
    }
  }
  const dashboardWeight = weights?.find((w) => w.path === "/dashboard");
  push(
    "dashboard first-load JS < 200 KB gzipped",
    "build",
    dashboardWeight?.javascriptGzipBytes ?? null,
    (v) => v < 200 * 1024,
    (v) => `${kb(v)} KB`,
  );
  return checks;
}

export function targetTable(checks: TargetCheck[]): string {
  return render(
    ["Target", "Where", "Measured", "Result"],
    checks.map((c) => [
      c.target,
      c.scope,
      c.figure,
      c.met === null ? "n/a" : c.met ? "met" : "missed",
    ]),
    new Set([2]),
  );
}

const STEP_COLUMNS: [string, (step: string) => boolean][] = [
  ["generate", (s) => s.startsWith("generate")],
  ["start", (s) => s.startsWith("start the server")],
  ["GET routes", (s) => s.startsWith("/") || s.startsWith("GET ") || s.startsWith("static")],
  ["reports", (s) => s.startsWith("status report")],
  ["PATCH", (s) => s.startsWith("PATCH")],
  ["2nd instance", (s) => s.startsWith("start a second") || s.startsWith("a PATCH on one")],
];

export function stepTable(runs: RunResult[], setUp: { step: string; seconds: number }[]): string {
  const rows = runs.map((run) => {
    const sums = STEP_COLUMNS.map(([, matches]) =>
      run.steps.filter((s) => matches(s.step)).reduce((sum, s) => sum + s.seconds, 0),
    );
    const total = run.steps.reduce((sum, s) => sum + s.seconds, 0);
    return [
      run.dataSet,
      DB_LABEL[run.database],
      ...sums.map((n) => (n ? n.toFixed(0) : "—")),
      total.toFixed(0),
    ];
  });
  const table = render(
    ["Data set", "Database", ...STEP_COLUMNS.map(([name]) => name), "total"],
    rows,
    new Set(STEP_COLUMNS.map((_, i) => i + 2).concat(STEP_COLUMNS.length + 2)),
  );
  const before = setUp.map((s) => `${s.step} ${s.seconds.toFixed(0)} s`).join(", ");
  return before ? `${table}\n\nBefore the runs: ${before}.` : table;
}
