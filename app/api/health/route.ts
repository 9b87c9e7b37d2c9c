import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/server/health";
import type { ApiErrorBody } from "@/lib/views/api-error";

const UNAVAILABLE: ApiErrorBody = { error: "The database cannot be reached.", code: "unavailable" };

export const dynamic = "force-dynamic";

/** Public on purpose (load balancers and uptime checks carry no token); it reveals nothing but reachability. */
export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    {
      status: database.ok ? "ok" : "unavailable",
      database: database.ok ? "reachable" : "unreachable",
      latencyMs: database.latencyMs,
      ...(database.ok ? {} : UNAVAILABLE),
    },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
