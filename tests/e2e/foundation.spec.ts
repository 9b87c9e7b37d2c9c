import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { PORTFOLIO } from "../../prisma/seed/portfolio";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateFor } from "./support/roles";
import { signInWithForm } from "./support/sign-in";

test.describe("signing in", () => {
  test("a visitor is sent to sign-in, sees the demo accounts, and a wrong password is refused", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(
      page.getByRole("heading", { name: "Demo accounts (embedded database only)" }),
    ).toBeVisible();
    await signInWithForm(page, { email: "analyst@corridor.test", password: "not-the-password" });
    await expect(
      page.getByRole("alert").filter({ hasText: /invalid email or password/i }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectNoSeriousAxeViolations(page);
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`the ${account.role} signs in with the form and reaches the dashboard`, async ({
      page,
    }) => {
      await signInWithForm(page, account);
      // One landing page: the overview's figures and cards are the dashboard's.
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await expect(page.getByRole("banner")).toContainText(account.name);
    });
  }
});

test.describe("as the executive", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("reads the overview and an initiative's milestones, sources and record notes", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("initiative-card")).toHaveCount(PORTFOLIO.length);
    await expect(page.getByRole("img", { name: /done against .* expected/ }).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page
      .getByRole("link", { name: /Free Trade Agreement|FTA/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 2, name: "Milestones" })).toBeVisible();
    const slug = new URL(page.url()).pathname.split("/").at(-1);
    const initiative = await (await page.request.get(`/api/initiatives/${slug}`)).json();
    expect(initiative.milestones.length).toBeGreaterThan(3);
    await expect(page.getByTestId("milestone-row")).toHaveCount(initiative.milestones.length);
    await expect(page.getByRole("heading", { name: "What the public record says" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.getByText("Korea", { exact: true }).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test("is refused the users page and the users API", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
    await expect(page.getByTestId("user-row")).toHaveCount(0);
    const res = await page.request.get("/api/users");
    expect(res.status()).toBe(403);
  });
});

test.describe("as the analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("reads the portfolio API with the session and is refused user management", async ({
    page,
  }) => {
    const res = await page.request.get("/api/initiatives");
    expect(res.status()).toBe(200);
    expect((await res.json()).initiatives).toHaveLength(PORTFOLIO.length);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }),
    ).toHaveCount(0);
  });
});

test.describe("as the admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("lists users and their roles", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
    for (const account of DEMO_ACCOUNTS) {
      await expect(
        page
          .getByTestId("user-row")
          .filter({ has: page.getByText(account.email, { exact: true }) }),
      ).toContainText(new RegExp(account.role, "i"));
    }
    await expectNoSeriousAxeViolations(page);
  });

  test("signs out and is sent back to sign-in", async ({ browser }) => {
    // A context of its own, so signing out does not end the shared admin session used by other tests.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signInWithForm(
      page,
      DEMO_ACCOUNTS.find((a) => a.role === "admin")!,
    );
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    // Sign out lives in the account menu.
    await page.getByRole("button", { name: /^Account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });
});

test("the API refuses a request without a session or token", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/initiatives")).status()).toBe(401);
  expect((await anonymous.get("/api/health")).status()).toBe(200);
  await anonymous.dispose();
});
