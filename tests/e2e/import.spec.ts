import { expect, test } from "@playwright/test";
import { importCsv, type ImportCells } from "../support/import-csv";
import { storageStateFor } from "./support/roles";

/** A new milestone as the desk plan has it. */
const planned = (cells: ImportCells): ImportCells => ({
  side: "joint",
  weight: "1",
  provenance: "planned_estimate",
  reason: "Added from the desk plan",
  confidence: "medium",
  ...cells,
});

test.describe("CSV import", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("rejects a file with one bad row, lists it by line number, and imports nothing", async ({
    page,
  }) => {
    const before = (await (await page.request.get("/api/initiatives")).json()).milestoneCount;
    const csv = importCsv(
      planned({
        initiative_slug: "ksfta-upgrade",
        title: "Import test: good row",
        baseline_date: "2027-02-01",
      }),
      planned({
        initiative_slug: "ksfta-upgrade",
        title: "Import test: bad row",
        side: "both",
        baseline_date: "2027-13-01",
        reason: "Bad row",
      }),
    );
    await page.goto("/import");
    await expect(page.getByRole("link", { name: /template/i })).toBeVisible();
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "milestones.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Upload and import" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toBeVisible();
    const problems = page.getByTestId("import-problem-row");
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toContainText("3");
    await expect(problems.first()).toContainText(/side/);
    const after = (await (await page.request.get("/api/initiatives")).json()).milestoneCount;
    expect(after).toBe(before);
  });

  test("imports a good file and reports what it did", async ({ page }) => {
    const csv = importCsv(
      planned({
        initiative_slug: "mou-quantum",
        title: "Import test: quantum workshop",
        baseline_date: "2027-05-01",
      }),
    );
    await page.goto("/import");
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "milestones.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Upload and import" }).click();
    await expect(page.getByTestId("import-success")).toContainText("1");
    await page.goto("/initiatives/mou-quantum");
    await expect(
      page.getByTestId("milestone-row").filter({ hasText: "Import test: quantum workshop" }),
    ).toBeVisible();
  });
});

test.describe("CSV import as an executive", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("is not offered and is refused", async ({ page }) => {
    await page.goto("/import");
    await expect(page.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }),
    ).toHaveCount(0);
  });
});
