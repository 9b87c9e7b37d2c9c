import "server-only";
import { getPrisma } from "../db/client";

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}
