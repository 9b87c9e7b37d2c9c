import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Public on purpose (load balancers and uptime checks carry no token); it reveals nothing but reachability. */
export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    {
      status: database.ok ? "ok" : "unavailable",
      database: database.ok ? "reachable" : "unreachable",
      latencyMs: database.latencyMs,
    },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
