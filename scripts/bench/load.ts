// One route under load with autocannon: a probe first (one request, which also warms the route
// up), a short warm-up, then `connections` connections for `seconds`. A route so slow that one
// request takes more than a tenth of the run cannot finish requests at that concurrency; it is
// timed by single requests instead, and the row says so.
import autocannon from "autocannon";
import { settle, timedRequest, type Timed } from "./http";
import type { MilestonePool } from "./milestone-pool";

export type RouteSpec = {
  key: string;
  label: string;
  path: string;
  /** "patch": versioned milestone writes from the pool. */
  kind: "get" | "patch";
  /** The answers that count as served: 2xx, or also a redirect (not followed), shown in the label. */
  expect?: "2xx" | "2xx-or-redirect";
  note?: string;
};

export type RouteResult = {
  key: string;
  label: string;
  path: string;
  /** load: autocannon figures; single: one warm request timed (too slow to load); failed. */
  mode: "load" | "single" | "failed";
  /** Answers of the expected kind per second; the others are listed in statusCounts. */
  requestsPerSecond: number | null;
  /** Answers of another kind than expected (a 503, a 409 conflict, a timeout): each is a warning. */
  unexpected: number;
  p50Ms: number | null;
  p90Ms: number | null;
  p99Ms: number | null;
  requests: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Size of one answer (the probe's). */
  bodyBytes: number | null;
  probes: Timed[];
  note: string | null;
};

export type LoadSettings = {
  seconds: number;
  connections: number;
  /** A run at full load before the measured one (0: the probe alone warms the route up). */
  warmUpSeconds: number;
  probeTimeoutMs: number;
};

export async function measureRoute(
  base: string,
  token: string,
  route: RouteSpec,
  settings: LoadSettings,
  pool: MilestonePool | null,
): Promise<RouteResult> {
  const headers = { authorization: `Bearer ${token}` };
  const result: RouteResult = {
    key: route.key,
    label: route.label,
    path: route.path,
    mode: "failed",
    requestsPerSecond: null,
    unexpected: 0,
    p50Ms: null,
    p90Ms: null,
    p99Ms: null,
    requests: 0,
    statusCounts: {},
    errors: 0,
    timeouts: 0,
    bodyBytes: null,
    probes: [],
    note: route.note ?? null,
  };
  const slowMs = (settings.seconds * 1000) / settings.connections;
  const redirectCounts = route.expect === "2xx-or-redirect";
  const expected = (code: number) => code >= 200 && code < (redirectCounts ? 400 : 300);

  if (route.kind === "patch" && !pool) {
    result.note = "no open milestone to write to";
    return result;
  }
  if (route.kind === "get") {
    // A second probe when the first is slow: the first request to a route also loads its code and
    // fills the server's caches (kept per data version); the table prints the first one apart.
    for (let i = 0; i < 2; i++) {
      const probe = await timedRequest(base + route.path, {
        headers,
        timeoutMs: settings.probeTimeoutMs,
      });
      result.probes.push(probe);
      if (probe.timedOut || probe.ms < slowMs) break;
    }
    const last = result.probes.at(-1)!;
    if (redirectCounts && !last.timedOut) {
      const to = last.location ? new URL(last.location, base).pathname : null;
      result.label += to ? ` (${last.status} to ${to}, not followed)` : ` (${last.status})`;
    }
    result.bodyBytes = last.timedOut ? null : last.bytes;
    if (last.timedOut) {
      result.note = `no answer within ${settings.probeTimeoutMs / 1000} s`;
      await settle(base, 120_000);
      return result;
    }
    if (!expected(last.status)) {
      result.statusCounts = { [last.status]: 1 };
      result.unexpected = 1;
      result.note = `answered ${last.status}`;
      await settle(base);
      return result;
    }
    if (last.ms >= slowMs) {
      Object.assign(result, {
        mode: "single",
        requestsPerSecond: 1000 / last.ms,
        p50Ms: last.ms,
        p90Ms: last.ms,
        p99Ms: last.ms,
        requests: result.probes.length,
        statusCounts: { [last.status]: result.probes.length },
        note: `one request at a time: ${(last.ms / 1000).toFixed(1)} s each is too slow for ${settings.connections} connections × ${settings.seconds} s`,
      });
      await settle(base);
      return result;
    }
  }

  const options = (seconds: number): autocannon.Options => ({
    url: route.kind === "patch" ? base : base + route.path,
    connections: settings.connections,
    duration: seconds,
    timeout: 10,
    headers,
    // Latency of the answers that count: a fast 503 or 409 must not flatter the percentiles.
    excludeErrorStats: !redirectCounts,
    ...(route.kind === "patch" && pool ? { requests: [pool.request(headers)] } : {}),
  });
  if (settings.warmUpSeconds > 0) {
    await pool?.refresh(base, headers);
    await autocannon(options(settings.warmUpSeconds));
    await settle(base);
  }
  await pool?.refresh(base, headers);
  const run = await autocannon(options(settings.seconds));
  await settle(base);
  const statusCounts: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(run.statusCodeStats ?? {}))
    statusCounts[code] = Number(count);
  const served = Object.entries(statusCounts)
    .filter(([code]) => expected(Number(code)))
    .reduce((sum, [, n]) => sum + n, 0);
  Object.assign(result, {
    mode: "load",
    requestsPerSecond: served / run.duration,
    unexpected: run.requests.total - served + run.errors,
    p50Ms: served ? run.latency.p50 : null,
    p90Ms: served ? run.latency.p90 : null,
    p99Ms: served ? run.latency.p99 : null,
    requests: run.requests.total,
    statusCounts,
    errors: run.errors,
    timeouts: run.timeouts,
  });
  if (route.kind === "patch" && pool) result.bodyBytes = pool.meanAnswerBytes;
  return result;
}
