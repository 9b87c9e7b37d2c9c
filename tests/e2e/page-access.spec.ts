import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { PAGES } from "./support/pages";
import { E2E_DATA_DIR } from "./support/server-env";

const ROLES = ["admin", "analyst", "executive"] as const;

function pagesOnDisk(dir = path.join(process.cwd(), "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : pagesOnDisk(full);
    if (entry.name !== "page.tsx") return [];
    const route = path.relative(path.join(process.cwd(), "app"), path.dirname(full));
    return [
      `/${route
        .split(path.sep)
        .filter((part) => !/^\(.*\)$/.test(part))
        .join("/")}`,
    ];
  });
}

const run = promisify(execFile);
async function tokenFor(email: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: E2E_DATA_DIR };
  delete env.DATABASE_URL;
  const { stdout } = await run("npm", ["run", "--silent", "token:create", "--", "--email", email], {
    env,
  });
  return stdout.trim();
}

test("every page on disk has a declared rule", () => {
  expect(pagesOnDisk().sort()).toEqual(Object.keys(PAGES).sort());
});

test("each caller gets the page, the sign-in page or 'not available for your role', as the rules say", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const callers: Record<string, string | null> = { "no session": null, "revoked token": null };
  for (const role of ROLES) callers[role] = await tokenFor(`${role}@corridor.test`);
  const revoked = await tokenFor("analyst@corridor.test");
  const list = await request.get("/api/tokens", {
    headers: { authorization: `Bearer ${revoked}` },
  });
  const newest = ((await list.json()).tokens as { id: string }[])[0];
  await request.delete(`/api/tokens/${newest.id}`, {
    headers: { authorization: `Bearer ${revoked}` },
  });
  callers["revoked token"] = revoked;

  const wrong: string[] = [];
  for (const [page, rule] of Object.entries(PAGES)) {
    const url = page.replace("[slug]", "mou-quantum");
    for (const [caller, token] of Object.entries(callers)) {
      const res = await request.get(url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        maxRedirects: 0,
      });
      const body = res.status() === 200 ? await res.text() : "";
      const outcome =
        res.status() >= 300 && res.status() < 400
          ? `redirect ${new URL(res.headers().location, "http://x").pathname}`
          : body.includes("Not available for your role")
            ? "forbidden"
            : String(res.status());
      const signedIn = caller in { admin: 1, analyst: 1, executive: 1 };
      const expected =
        rule === "sign-in"
          ? signedIn
            ? "redirect /"
            : "200"
          : !signedIn
            ? "redirect /sign-in"
            : rule === "to-dashboard"
              ? "redirect /dashboard"
              : rule === "signed-in" || rule.includes(caller as "admin")
                ? "200"
                : "forbidden";
      if (outcome !== expected)
        wrong.push(`${page} as ${caller}: expected ${expected}, got ${outcome}`);
    }
  }
  expect(wrong).toEqual([]);
});
