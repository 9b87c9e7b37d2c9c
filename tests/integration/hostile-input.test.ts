import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { tableChecksum, tablesInDependencyOrder } from "@/lib/db/backup/tables";
import { MILESTONE_STATE_FIELDS } from "@/lib/domain/types";
import { routeParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";

// Hostile values: control and NUL characters, unpaired surrogates, markup, SQL, huge and odd shapes.
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfffy",
    "<script>alert(1)</script>",
    "'; DROP TABLE milestone; --",
    "javascript:alert(1)",
    "2026-02-30",
    "0100-01-01",
    "9999-12-31",
    "https://example.org/\u0000",
    "\u202eevil",
    " ",
    "",
  ),
  fc.constant("x".repeat(100_000)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, false, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 3 }),
  ),
})).value;
const KNOWN_KEYS = [
  ...MILESTONE_STATE_FIELDS,
  "version",
  "reason",
  "health",
  "body",
  "effectiveDate",
  "evidenceUrl",
  "confidence",
  "title",
  "url",
  "publisher",
  "publishedOn",
  "note",
  "sourceId",
  "milestoneId",
  "ids",
  "name",
  "email",
  "role",
  "active",
  "summary",
  "lifecycleStatus",
  "text",
  "provenance",
  "description",
  "workstream",
  "targetStart",
  "targetEnd",
  "asOf",
  "basis",
  "filters",
  "initiative",
];
const hostileBody = fc.oneof(
  fc
    .dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), hostileString), hostileValue, {
      maxKeys: 8,
    })
    .map((b) => JSON.stringify(b)),
  hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  fc.constantFrom("null", "[]", '""', "{", '{"version":', "\u0000", '{"reason":"\\u0000"}'),
  hostileString,
);
const hostileCsv = fc
  .array(fc.array(hostileString, { maxLength: 6 }), { maxLength: 4 })
  .map((rows) =>
    ["initiative_slug,milestone_id,version,title,reason", ...rows.map((r) => r.join(","))].join(
      "\n",
    ),
  );

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type Route = { method: string; route: string; handler: Handler };
const API_DIR = path.join(process.cwd(), "app", "api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? routeFiles(path.join(dir, entry.name))
      : entry.name === "route.ts"
        ? [path.join(dir, entry.name)]
        : [],
  );
}

async function routes(methods: string[]): Promise<Route[]> {
  const found: Route[] = [];
  for (const file of routeFiles(API_DIR)) {
    const route = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
    if (route.startsWith("/api/auth")) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of methods)
      if (typeof mod[method] === "function")
        found.push({ method, route, handler: mod[method] as Handler });
  }
  return found;
}

const { db, tokens } = databaseForFile({ seed: true, accounts: true });
let ids: { slug: string; id: string; userId: string };

// Bookkeeping that any authenticated request may touch (a token's last use), not recorded data.
const BOOKKEEPING = new Set(["api_token", "session", "rate_limit", "sign_in_failure"]);

async function snapshot() {
  const tables = (await tablesInDependencyOrder(db.prisma)).filter((t) => !BOOKKEEPING.has(t));
  const sums = await Promise.all(tables.map((t) => tableChecksum(db.prisma, t)));
  return tables.map((t, i) => `${t}=${sums[i]}`).join(" ");
}

beforeAll(async () => {
  const milestone = await db.prisma.milestone.findFirstOrThrow();
  const user = await db.prisma.user.findFirstOrThrow({ where: { role: "executive" } });
  ids = { slug: "mou-quantum", id: milestone.id, userId: user.id };
});

/** What a client puts in a URL: lone surrogates cannot be encoded, so they arrive as raw bytes. */
const inUrl = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.toWellFormed()) + "%ED%A0%80";
  }
};

function call(r: Route, body: string | undefined, contentType: string, idOverride?: string) {
  const id = idOverride ?? (r.route.startsWith("/api/users") ? ids.userId : ids.id);
  const slug = idOverride ?? ids.slug;
  const file = idOverride ?? "status.json";
  const url = `http://localhost${r.route
    .replace("[slug]", inUrl(slug))
    .replace("[id]", inUrl(id))
    .replace("[file]", inUrl(file))}`;
  const headers: Record<string, string> = { authorization: `Bearer ${tokens.admin}` };
  if (body !== undefined) headers["content-type"] = contentType;
  return r.handler(
    new Request(url, { method: r.method, headers, body }),
    routeParams({ slug, id, file }),
  );
}

describe("hostile input never answers 5xx, and a refused request changes nothing", () => {
  test("every write route with generated bodies", async () => {
    const writes = await routes(["POST", "PATCH", "PUT", "DELETE"]);
    // Every POST, PATCH and DELETE handler under app/api but auth (the authorization matrix lists them).
    expect(writes).toHaveLength(16);
    let before = await snapshot();
    const failures: string[] = [];
    for (const r of writes) {
      const csv = /\/import\/milestones(\/preview)?$/.test(r.route);
      await fc.assert(
        fc.asyncProperty(csv ? hostileCsv : hostileBody, async (body) => {
          const res = await call(
            r,
            r.method === "DELETE" ? undefined : body,
            csv ? "text/csv" : "application/json",
          );
          if (res.status >= 500)
            failures.push(
              `${r.method} ${r.route} ${res.status} for ${JSON.stringify(body).slice(0, 120)}`,
            );
          const after = await snapshot();
          if (res.status >= 400 && after !== before)
            failures.push(`${r.method} ${r.route} changed data while answering ${res.status}`);
          before = after;
        }),
        { numRuns: 25, seed: 20261128 },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);

  test("a hostile text in one field of an otherwise valid body never reaches the database raw", async () => {
    const writes = await routes(["POST"]);
    const route = (path: string) => writes.find((r) => r.route === path)!;
    const VALID: [Route, Record<string, unknown>][] = [
      [
        route("/api/initiatives/[slug]/updates"),
        { health: "at_risk", body: "Talks continue this month." },
      ],
      [
        route("/api/sources"),
        { title: "A source title", url: "https://example.org/a", publisher: "Example" },
      ],
      [route("/api/tokens"), { name: "a token" }],
      [
        route("/api/reports"),
        { asOf: "2026-06-30", basis: "effective", initiative: "mou-quantum" },
      ],
      [
        route("/api/users"),
        { email: "new.person@corridor.test", name: "New Person", role: "executive" },
      ],
      [
        route("/api/initiatives/[slug]/record-notes"),
        {
          verdict: "differs",
          briefSays: "The brief says one thing.",
          recordSays: "The record says another.",
          reason: "Checked",
        },
      ],
      [
        route("/api/initiatives/[slug]/milestones"),
        {
          title: "A new milestone",
          side: "both",
          baselineDate: "2026-12-31",
          provenance: "planned_estimate",
          reason: "Planned",
        },
      ],
    ];
    const unstorable = fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udfffy", "ok\u0000");
    const failures: string[] = [];
    let before = await snapshot();
    for (const [r, valid] of VALID) {
      expect(r, "route exists").toBeDefined();
      const textFields = Object.keys(valid).filter((k) => typeof valid[k] === "string");
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...textFields), unstorable, async (field, text) => {
          const res = await call(
            r,
            JSON.stringify({ ...valid, [field]: text }),
            "application/json",
          );
          if (res.status !== 400)
            failures.push(`${r.route} ${field}=${JSON.stringify(text)}: ${res.status}`);
          const after = await snapshot();
          if (after !== before) failures.push(`${r.route} changed data while refusing ${field}`);
          before = after;
        }),
        { numRuns: 10, seed: 20261128 },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);

  test("an endless body is refused with 413 after reading no more than the limit", async () => {
    const r = (await routes(["POST"])).find((x) => x.route === "/api/sources")!;
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled > 200 * 1024 * 1024) controller.close();
      },
    });
    const res = await r.handler(
      new Request("http://localhost/api/sources", {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.admin}`, "content-type": "application/json" },
        body: endless,
        duplex: "half",
      } as RequestInit),
      routeParams({}),
    );
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024);
  });

  test("hostile ids and query parameters on every read", async () => {
    const reads = await routes(["GET"]);
    expect(reads).toHaveLength(17);
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (id, query) => {
        for (const r of reads) {
          // A report file is also asked for as a draft, so the hostile query reaches its parser.
          for (const one of r.route.includes("[file]") ? [id, "status.json"] : [id]) {
            const res = await call(
              {
                ...r,
                route: `${r.route}?asOf=${inUrl(query)}&field=${inUrl(query)}&kind=${inUrl(query)}&since=%00&basis=%`,
              },
              undefined,
              "",
              one,
            );
            if (res.status >= 500)
              failures.push(
                `GET ${r.route} ${res.status} for id ${JSON.stringify(one).slice(0, 60)}, query ${JSON.stringify(query).slice(0, 60)}`,
              );
          }
        }
      }),
      { numRuns: 20, seed: 20261128 },
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
