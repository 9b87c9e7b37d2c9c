import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/roles";
import { signInWithForm } from "./support/sign-in";

test.describe("the admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates a user who can sign in, then deactivates them so they cannot", async ({
    page,
    browser,
  }) => {
    await page.goto("/admin/users");
    const form = page.getByRole("region", { name: "Create user" });
    await form.getByLabel("Email").fill("new.analyst@corridor.test");
    await form.getByLabel("Name").fill("New Analyst");
    await form.getByLabel("Role").selectOption("analyst");
    await form.getByRole("button", { name: "Create user" }).click();
    const password = (await page.getByTestId("secret-value").textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expect(
      page.getByTestId("user-row").filter({ hasText: "new.analyst@corridor.test" }),
    ).toBeVisible();

    const newcomer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const newPage = await newcomer.newPage();
    await signInWithForm(newPage, { email: "new.analyst@corridor.test", password });
    await expect(newPage.getByRole("banner")).toContainText("New Analyst");

    const row = page.getByTestId("user-row").filter({ hasText: "new.analyst@corridor.test" });
    await row.getByRole("button", { name: "Deactivate New Analyst" }).click();
    await row
      .getByRole("group", { name: "Deactivate New Analyst" })
      .getByRole("button", { name: "Deactivate" })
      .click();
    await expect(row).toContainText("Deactivated");

    // Their open session ends at once.
    await newPage.reload();
    await expect(newPage).toHaveURL(/\/sign-in$/);
    await newcomer.close();
  });
});
