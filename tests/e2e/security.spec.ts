import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./support/roles";
import { E2E_BASE_URL } from "./support/server-env";

const SLUG = "mou-quantum";
const ATTACKER_PORT = 3198;
const ATTACKER = `http://localhost:${ATTACKER_PORT}`;

// A page on another port of the same host: same site, so SameSite=Lax lets the cookie through.
const attackPage = `<!doctype html><html><body><form id="f" method="post" enctype="text/plain"
  action="${E2E_BASE_URL}/api/initiatives/${SLUG}/updates"><input name='{"health":"off_track","body":"forged by a form","x":"' value='"}'></form>
<script>
  window.results = [];
  const target = "${E2E_BASE_URL}/api/initiatives/${SLUG}/updates";
  const body = JSON.stringify({ health: "off_track", body: "forged by fetch" });
  Promise.all([
    fetch(target, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body }),
    fetch(target, { method: "POST", credentials: "include", headers: { "content-type": "application/json" }, body }).catch((e) => e),
  ]).then(() => { window.fetchesDone = true; document.getElementById("f").submit(); });
</script></body></html>`;

let attacker: Server;
test.beforeAll(async () => {
  attacker = createServer((_, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end(attackPage),
  );
  await new Promise<void>((resolve) => attacker.listen(ATTACKER_PORT, resolve));
});
test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

test.describe("an analyst signed in to Corridor", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("cannot be made to write by a page on another origin", async ({ page, request }) => {
    const updatesBefore = await statusUpdates(request);
    await page.goto(`${ATTACKER}/`);
    // The page submits its form once both fetches have settled, so landing on the API means all three ran.
    await page.waitForURL(/\/api\/initiatives\//);
    await expect(page.locator("body")).toContainText("cross_site");
    expect(await statusUpdates(request)).toEqual(updatesBefore);
  });

  test("pages run under a strict Content-Security-Policy and still work", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/dashboard");
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Client-side navigation needs the app's scripts to have run.
    await page.getByRole("link", { name: "Reports", exact: true }).first().click();
    await expect(page).toHaveURL(/\/reports$/);
    await page.goto(`/initiatives/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

async function statusUpdates(request: APIRequestContext) {
  const res = await request.get(`/api/initiatives/${SLUG}`);
  expect(res.status()).toBe(200);
  const { statusUpdates } = await res.json();
  expect(Array.isArray(statusUpdates)).toBe(true);
  return statusUpdates;
}
