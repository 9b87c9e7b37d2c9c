import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/types";
import { createApiToken, hashToken } from "@/lib/server/api-tokens";
import { createUserWithToken } from "./support/accounts";
import { routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";

/**
 * Who may call each API route. The test walks app/api on disk, so a route added without a line
 * here fails it: every new route must say who may call it.
 */
const ROUTES: Record<string, Permission | "public"> = {
  "GET /api/health": "public",
  "GET /api/auth/[...all]": "public",
  "POST /api/auth/[...all]": "public",
  "GET /api/audit": "audit:read",
  "POST /api/import/milestones": "import:run",
  "POST /api/import/milestones/preview": "import:run",
  "GET /api/import/milestones/export": "import:run",
  "GET /api/import/milestones/template": "import:run",
  "GET /api/initiatives": "portfolio:read",
  "GET /api/initiatives/[slug]": "portfolio:read",
  "PATCH /api/initiatives/[slug]": "initiative:write",
  "GET /api/initiatives/[slug]/history": "portfolio:read",
  "POST /api/initiatives/[slug]/milestones": "milestone:write",
  "POST /api/initiatives/[slug]/milestones/order": "milestone:write",
  "POST /api/initiatives/[slug]/record-notes": "initiative:write",
  "POST /api/initiatives/[slug]/sources": "source:write",
  "POST /api/initiatives/[slug]/updates": "update:write",
  "GET /api/milestones/[id]": "portfolio:read",
  "PATCH /api/milestones/[id]": "milestone:write",
  "GET /api/milestones/[id]/history": "portfolio:read",
  "POST /api/milestones/[id]/rebaseline": "milestone:write",
  "GET /api/portfolio": "portfolio:read",
  "GET /api/reports": "portfolio:read",
  "POST /api/reports": "report:publish",
  "GET /api/reports/[file]": "portfolio:read",
  "GET /api/reports/verify": "portfolio:read",
  "GET /api/search": "portfolio:read",
  "GET /api/sources": "portfolio:read",
  "POST /api/sources": "source:write",
  "GET /api/tokens": "token:own",
  "POST /api/tokens": "token:own",
  "DELETE /api/tokens/[id]": "token:own",
  "GET /api/users": "user:manage",
  "POST /api/users": "user:manage",
  "PATCH /api/users/[id]": "user:manage",
};
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
const API_DIR = path.join(process.cwd(), "app", "api");

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type RouteCase = { key: string; route: string; method: string; handler: Handler };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

async function discoverRoutes(): Promise<RouteCase[]> {
  const cases: RouteCase[] = [];
  for (const file of routeFiles(API_DIR)) {
    const route =
      `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`.replace(
        /\/$/,
        "",
      );
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] === "function") {
        cases.push({ key: `${method} ${route}`, route, method, handler: mod[method] as Handler });
      }
    }
  }
  return cases;
}

const { db, tokens } = databaseForFile({ seed: true, accounts: true });
let callers: Record<string, string | null>;
let params: Record<string, string>;
let cases: RouteCase[];

beforeAll(async () => {
  const gone = await createUserWithToken(db.prisma, {
    email: "gone@corridor.test",
    role: "admin",
    name: "Deactivated Admin",
  });
  await db.prisma.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
  const revoked = (await createApiToken(db.prisma, { email: "admin@corridor.test" })).token;
  await db.prisma.apiToken.update({
    where: { tokenHash: hashToken(revoked) },
    data: { revokedAt: new Date() },
  });
  callers = {
    "no session": null,
    ...tokens,
    "deactivated user": gone.token,
    "revoked token": revoked,
  };
  const milestone = await db.prisma.milestone.findFirstOrThrow();
  const user = await db.prisma.user.findFirstOrThrow({
    where: { email: "executive@corridor.test" },
  });
  params = { slug: "mou-quantum", id: milestone.id, all: "get-session", file: "status.json" };
  params.userId = user.id;
  cases = await discoverRoutes();
});

function requestFor(c: RouteCase, token: string | null) {
  const url = `http://localhost${c.route
    .replace("[slug]", params.slug)
    .replace("[id]", c.route.startsWith("/api/users") ? params.userId : params.id)
    .replace("[...all]", params.all)
    .replace("[file]", params.file)}`;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (c.method !== "GET" && c.method !== "DELETE") {
    const csv = c.route.includes("/import/milestones");
    headers["content-type"] = csv ? "text/csv" : "application/json";
    body = csv ? "" : "{}";
  }
  return new Request(url, { method: c.method, headers, body });
}

function contextFor(c: RouteCase) {
  const values: Record<string, string> = {};
  if (c.route.includes("[slug]")) values.slug = params.slug;
  if (c.route.includes("[id]"))
    values.id = c.route.startsWith("/api/users") ? params.userId : params.id;
  if (c.route.includes("[file]")) values.file = params.file;
  if (c.route.includes("[...all]")) return routeParams({ all: [params.all] as unknown as string });
  return routeParams(values);
}

describe("authorization matrix", () => {
  test("every route handler on disk has a declared rule, and every rule a handler", () => {
    expect(cases.map((c) => c.key).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  test("each caller gets what the permission table allows, and nothing answers 5xx", async () => {
    expect(cases).toHaveLength(Object.keys(ROUTES).length);
    const wrong: string[] = [];
    for (const c of cases) {
      const rule = ROUTES[c.key];
      for (const [caller, token] of Object.entries(callers)) {
        const res = await c.handler(requestFor(c, token), contextFor(c));
        const expected = expectedOutcome(rule, caller);
        const actual =
          res.status === 401
            ? "401"
            : res.status === 403
              ? "403"
              : res.status >= 500
                ? "5xx"
                : "allowed";
        if (actual !== expected)
          wrong.push(`${c.key} as ${caller}: expected ${expected}, got ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

function expectedOutcome(rule: Permission | "public", caller: string): "allowed" | "401" | "403" {
  if (rule === "public") return "allowed";
  if (caller === "no session" || caller === "deactivated user" || caller === "revoked token")
    return "401";
  return can(caller as Role, rule) ? "allowed" : "403";
}
