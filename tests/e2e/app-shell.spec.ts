import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateFor } from "./support/roles";

const PHONE = { width: 390, height: 844 };

const accountButton = (page: Page) =>
  page.getByRole("banner").getByRole("button", { name: /^Account menu/ });
const accountPanel = (page: Page) => page.getByTestId("user-menu");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each part of an e-mail address (the name, "@domain") on a single line: never cut mid-word. */
async function expectUnbrokenEmail(email: Locator) {
  await expect(email).toBeVisible();
  const lines = await email.evaluate((el) =>
    Array.from(el.querySelectorAll(":scope > span")).map((part) => part.getClientRects().length),
  );
  expect(lines).toEqual([1, 1]);
}

test.describe("as the analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("an unknown address shows the branded not-found page inside the shell, answered 404", async ({
    page,
  }) => {
    const response = await page.goto("/no-such-page/anywhere");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Not found · Corridor");
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(mainNav(page).getByRole("link")).toHaveText([
      "Dashboard",
      "Reports",
      "Import",
      "Audit",
    ]);
    await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(0);
    await expect(accountButton(page)).toContainText("Demo Analyst");
    await expectNoSeriousAxeViolations(page, "not-found page");

    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  test("an unknown initiative shows the same not-found message under the app's header", async ({
    page,
  }) => {
    const response = await page.goto("/initiatives/no-such-initiative");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(accountButton(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute(
      "href",
      "/dashboard",
    );
  });

  test("the main navigation marks the current page with aria-current", async ({ page }) => {
    const cases: [string, string][] = [
      ["/dashboard", "Dashboard"],
      ["/", "Dashboard"],
      ["/initiatives/mou-quantum", "Dashboard"],
      ["/reports", "Reports"],
      ["/import", "Import"],
      ["/audit", "Audit"],
    ];
    for (const [url, label] of cases) {
      await page.goto(url);
      const current = mainNav(page).locator('[aria-current="page"]');
      await expect(current, url).toHaveCount(1);
      await expect(current, url).toHaveText(label);
      await expect(current, url).toHaveAttribute("href", cases.find(([, l]) => l === label)![0]);
      // Not colour alone: the current link is underlined.
      await expect(current, url).toHaveCSS("text-decoration-line", "underline");
    }
    // Following a link moves the mark with it (client-side navigation).
    await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(mainNav(page).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(mainNav(page).getByRole("link", { name: "Audit" })).not.toHaveAttribute(
      "aria-current",
      /.*/,
    );
  });

  test("a slow page shows the branded loading page inside the shell until it arrives", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    // Hold the server's answer for the next page back, as a slow database would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/reports**", async (route) => {
      await held;
      await route.continue();
    });
    await mainNav(page).getByRole("link", { name: "Reports" }).click();
    const loading = page.getByRole("status").filter({ hasText: "Loading…" });
    await expect(loading).toBeVisible();
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeHidden();
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await expect(loading).toHaveCount(0);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("a link that lands back on the same page (the brand, on the dashboard) leaves no loading page", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    // The router's own fetch of the page ("/" redirects to /dashboard), not a prefetch.
    const navigated = page.waitForResponse(
      (r) =>
        new URL(r.url()).searchParams.has("_rsc") &&
        r.request().headers()["next-router-prefetch"] === undefined,
    );
    await page
      .getByRole("banner")
      .getByRole("link", { name: /^Corridor/ })
      .first()
      .click();
    await navigated;
    // Long enough for the loading page to have shown, had the finished navigation been missed.
    await page.waitForTimeout(500);
    await expect(page.getByTestId("page-loading")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("the account menu opens with Enter, holds API tokens and Sign out, and Escape closes it", async ({
    page,
  }) => {
    await page.goto("/");
    const button = accountButton(page);
    const panel = accountPanel(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    const panelId = await button.getAttribute("aria-controls");
    expect(panelId).toBeTruthy();
    await expect(panel).toHaveAttribute("id", panelId!);
    await expect(panel).toBeHidden();
    // API tokens and sign-out live only in the menu now.
    await expect(mainNav(page).getByRole("link", { name: "API tokens" })).toHaveCount(0);

    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("Demo Analyst");
    await expect(panel).toContainText("Role: Analyst");
    await expect(panel.getByRole("link", { name: "API tokens" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectUnbrokenEmail(panel.getByText("analyst@corridor.test", { exact: true }));
    await expectNoSeriousAxeViolations(page, "account menu open");

    // Tab walks into the menu; Escape closes it from there and puts focus back on the button.
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("link", { name: "API tokens" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();

    // Escape with focus on the button closes it too.
    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    // A click outside closes it.
    await button.click();
    await expect(panel).toBeVisible();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).click();
    await expect(panel).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");

    // By keyboard to the tokens page.
    await button.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/account\/tokens$/);
    await expect(panel).toBeHidden();
  });
});

test.describe("on a phone (390 px wide), as the admin", () => {
  test.use({ storageState: storageStateFor("admin"), viewport: PHONE });

  test("the header fits without sideways scrolling and the account menu works", async ({
    page,
  }) => {
    for (const url of ["/", "/dashboard", "/admin/users", "/account/tokens"]) {
      await page.goto(url);
      const header = page.getByRole("banner");
      await expect(header, url).toBeVisible();
      const headerOverflow = await header.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(headerOverflow, url).toBeLessThanOrEqual(0);
      const box = await header.boundingBox();
      expect(box!.x + box!.width, url).toBeLessThanOrEqual(PHONE.width);
      await expect(mainNav(page).getByRole("link"), url).toHaveCount(5);
      for (const link of await mainNav(page).getByRole("link").all()) {
        const target = await link.boundingBox();
        expect(target!.x, url).toBeGreaterThanOrEqual(0);
        expect(target!.x + target!.width, url).toBeLessThanOrEqual(PHONE.width);
      }
    }

    await page.goto("/");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const button = accountButton(page);
    await expect(button).toBeVisible();
    await button.click();
    const panel = accountPanel(page);
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectUnbrokenEmail(panel.getByText("admin@corridor.test", { exact: true }));
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await panel.getByRole("link", { name: "API tokens" }).click();
    await expect(page).toHaveURL(/\/account\/tokens$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the users table shows every e-mail unbroken", async ({ page }) => {
    await page.goto("/admin/users");
    for (const account of DEMO_ACCOUNTS) {
      const row = page
        .getByTestId("user-row")
        .filter({ has: page.getByText(account.email, { exact: true }) });
      await expect(row).toHaveCount(1);
      await expectUnbrokenEmail(row.getByText(account.email, { exact: true }));
    }
  });

  test("the not-found page fits the phone", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe("on a phone, signed out", () => {
  test.use({ viewport: PHONE });

  test("the sign-in page lists the demo e-mails unbroken and does not scroll sideways", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    const demo = page.getByRole("region", { name: "Demo accounts (embedded database only)" });
    await expect(demo).toBeVisible();
    for (const account of DEMO_ACCOUNTS)
      await expectUnbrokenEmail(demo.getByText(account.email, { exact: true }));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("an unknown address shows the not-found page with a way to sign in", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(accountButton(page)).toHaveCount(0);
  });
});

test("the favicon is the Corridor mark", async ({ page, request }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg(\?|$)/);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  expect(await res.text()).toContain("<title>Corridor</title>");
});
