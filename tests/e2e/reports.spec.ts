import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./support/roles";

/** The Export menu's entries, the file each saves, and how its first bytes begin. */
const FORMATS = [
  { label: "PDF brief", ext: "pdf", saved: "PDF", magic: "%PDF-" },
  { label: "Workbook (.xlsx)", ext: "xlsx", saved: "Workbook", magic: "PK" },
  { label: "CSV", ext: "csv", saved: "CSV", magic: "\uFEFF" },
  { label: "JSON", ext: "json", saved: "JSON", magic: "{" },
  { label: "Slides (.pptx)", ext: "pptx", saved: "Slides", magic: "PK" },
] as const;

const fileName = (ext: string, day = String.raw`\d{4}-\d{2}-\d{2}`) =>
  new RegExp(`^corridor-status-${day}\\.${ext}$`);

/** Opens the Export menu in `menu` and downloads one format from it. */
async function exportFormat(page: Page, menu: Locator, label: string): Promise<Download> {
  await menu.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download", { timeout: 30_000 });
  await menu.getByRole("link", { name: label, exact: true }).click();
  return download;
}

/** The file's first `length` characters (a byte-order mark counts as one). */
async function firstChars(download: Download, length: number): Promise<string> {
  const bytes = await readFile((await download.path())!);
  return bytes.subarray(0, 16).toString("latin1").startsWith("\xEF\xBB\xBF")
    ? `\uFEFF${bytes.subarray(3, 3 + length - 1).toString("utf8")}`
    : bytes.subarray(0, length).toString("latin1");
}

test.describe("exporting reports", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("every format downloads from the Export menu on the Reports page, with its progress said in words", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/reports");
    const menu = page.getByTestId("export-menu").first();
    for (const format of FORMATS) {
      const download = await exportFormat(page, menu, format.label);
      const name = download.suggestedFilename();
      expect(name).toMatch(fileName(format.ext));
      expect(await firstChars(download, format.magic.length)).toBe(format.magic);
      await expect(menu.getByRole("status")).toHaveText(`${format.saved} saved as ${name}.`);
    }
    await expect(menu.getByRole("alert")).toHaveCount(0);
  });

  test("an executive may export but is not offered publishing", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByRole("button", { name: "Export" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Publish report" })).toHaveCount(0);
  });

  test("the Export menu closes with Escape and gives focus back to its button", async ({
    page,
  }) => {
    await page.goto("/reports");
    const button = page.getByTestId("export-menu").first().getByRole("button", { name: "Export" });
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("link", { name: "PDF brief", exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
  });
});

test.describe("publishing a report", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("the analyst publishes, finds the report in the archive, downloads it and verifies its fingerprint", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/reports");
    await page.getByRole("button", { name: "Publish report" }).click();
    const confirmation = page.getByRole("group", { name: /^Publish the report on the portfolio/ });
    await expect(confirmation).toBeVisible();
    await confirmation.getByRole("button", { name: "Publish", exact: true }).click();

    const outcome = page.getByTestId("published-report");
    await expect(outcome).toContainText("Published.", { timeout: 30_000 });
    const link = outcome.getByRole("link", { name: "Open it in the Reports archive" });
    const href = (await link.getAttribute("href"))!;
    const id = /#report-(c[0-9a-z]{24})$/.exec(href)?.[1];
    expect(id, `archive link ${href}`).toBeTruthy();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/reports#report-${id}$`));

    const row = page.locator(`#report-${id}`);
    await expect(row).toBeVisible();
    await expect(row).toContainText("Demo Analyst");
    await expect(row).toContainText("Whole portfolio");
    const sha256 = (await row.locator("[data-sha256]").getAttribute("data-sha256"))!;
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(row.locator("[data-sha256]")).toHaveText(`${sha256.slice(0, 12)}…`);

    const download = page.waitForEvent("download", { timeout: 30_000 });
    await row.getByRole("link", { name: /^pdf/i }).click();
    expect((await download).suggestedFilename()).toMatch(fileName("pdf"));

    const verify = page.getByRole("form", { name: "Verify a copy" });
    await verify.getByLabel("SHA-256 fingerprint").fill(sha256.toUpperCase());
    await verify.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("verify-result")).toContainText("It matches the report on");
    await expect(page.getByTestId("verify-result")).toContainText("Demo Analyst");

    await verify.getByLabel("SHA-256 fingerprint").fill("0".repeat(64));
    await verify.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("verify-result")).toContainText(
      "No published report has this fingerprint",
    );
  });
});

test.describe("exporting from the dashboard", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("the dashboard's Export menu downloads the PDF of the as-of view it shows", async ({
    page,
  }) => {
    await page.goto("/dashboard?asOf=2026-06-30");
    const menu = page.getByTestId("export-menu").first();
    const download = await exportFormat(page, menu, "PDF brief");
    expect(download.suggestedFilename()).toBe("corridor-status-2026-06-30.pdf");
    expect(await firstChars(download, 5)).toBe("%PDF-");
  });
});
