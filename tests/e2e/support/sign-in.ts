import type { Page } from "@playwright/test";

/** Fills in and sends the sign-in form, as a person does. */
export async function signInWithForm(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
