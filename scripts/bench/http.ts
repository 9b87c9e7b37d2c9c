// Single timed requests: the probe before each load, the report downloads, the pages whose
// scripts are weighed. The body is read to its end (that is the cost) but not kept.
import { sleep } from "./server";

export type Timed = {
  ms: number;
  status: number;
  bytes: number;
  timedOut: boolean;
  location?: string | null;
};

export async function timedRequest(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs: number; method?: string; body?: string },
): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    let bytes = 0;
    const reader = res.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read())
      bytes += part.value.byteLength;
    return {
      ms: performance.now() - started,
      status: res.status,
      bytes,
      timedOut: false,
      location: res.headers.get("location"),
    };
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError" || name === "AbortError")
      return { ms: options.timeoutMs, status: 0, bytes: 0, timedOut: true };
    throw error;
  }
}

/**
 * Waits until the server answers its health check quickly again: a route that was too slow leaves
 * renders running after the load stops, and the next route must not pay for them.
 */
export async function settle(base: string, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quick = 0;
  while (Date.now() < deadline && quick < 3) {
    const probe = await timedRequest(`${base}/api/health`, { timeoutMs: 5_000 });
    quick = probe.status === 200 && probe.ms < 50 ? quick + 1 : 0;
    if (quick < 3) await sleep(probe.ms < 50 ? 50 : 250);
  }
}
