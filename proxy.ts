import { NextResponse, type NextRequest } from "next/server";
import { createDatabaseGate } from "@/lib/availability/database-gate";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/availability/unavailable-page";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { refuseCrossSiteWrite } from "@/lib/security/cross-site";

const HEALTH_PATH = "/api/health";
// Only the health route's own 503 means the database is away. If the probe cannot reach the app
// itself (started on another port than PORT says, say), nothing is known, so nothing is refused.
const database = createDatabaseGate(async () => {
  const port = process.env.PORT ?? "3000";
  try {
    const res = await fetch(`http://127.0.0.1:${port}${HEALTH_PATH}`, {
      signal: AbortSignal.timeout(2000),
      cache: "no-store",
    });
    return res.status !== 503;
  } catch (error) {
    return (error as Error).name !== "TimeoutError";
  }
});

// Runs before every route: answers 503 while the database is away, refuses cross-site writes to
// the API, and gives each page a fresh script nonce under a strict Content-Security-Policy.
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path === HEALTH_PATH) return NextResponse.next();
  if (await database.isDown()) return unavailable(path.startsWith("/api/"));
  if (path.startsWith("/api/")) return guardApiWrite(request);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: (process.env.BETTER_AUTH_URL ?? "").startsWith("https:"),
  });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

function unavailable(api: boolean) {
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (api) {
    const body = { error: "The database is unavailable; try again shortly.", code: "unavailable" };
    return NextResponse.json(body, { status: 503, headers });
  }
  return new NextResponse(unavailablePage(), {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}

function guardApiWrite(request: NextRequest) {
  const refusal = refuseCrossSiteWrite({
    method: request.method,
    ownHosts: ownHosts(request),
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    authorization: request.headers.get("authorization"),
    contentType: request.headers.get("content-type"),
    hasBody: request.body !== null,
  });
  if (!refusal) return NextResponse.next();
  return NextResponse.json(
    { error: refusal.error, code: refusal.code },
    { status: refusal.status },
  );
}

function ownHosts(request: NextRequest): string[] {
  const hosts = [request.headers.get("host"), request.nextUrl.host];
  const publicUrl = process.env.BETTER_AUTH_URL;
  if (publicUrl) hosts.push(safeHost(publicUrl));
  return hosts.filter((host): host is string => !!host).map((host) => host.toLowerCase());
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export const config = {
  matcher: [
    // Every route but static files: prefetches too, since a header must not bypass the API guard.
    "/((?!_next/static|_next/image|favicon.ico|screenshots/).*)",
  ],
};
