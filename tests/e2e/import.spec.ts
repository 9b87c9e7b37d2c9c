import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
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

/** Chooses the file on the import page and asks for its preview. */
async function previewFile(page: Page, csv: string) {
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "milestones.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview changes" }).click();
}

const milestoneCount = async (page: Page) =>
  (await (await page.request.get("/api/initiatives")).json()).milestoneCount;

test.describe("CSV import", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("rejects a file with one bad row, lists it by line number, and imports nothing", async ({
    page,
  }) => {
    const before = await milestoneCount(page);
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
    await previewFile(page, csv);
    await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toBeVisible();
    const problems = page.getByTestId("import-problem-row");
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toContainText("3");
    await expect(problems.first()).toContainText(/side/);
    await expect(page.getByRole("button", { name: "Confirm import" })).toHaveCount(0);
    expect(await milestoneCount(page)).toBe(before);
  });

  test("refuses the unchanged template: its rows are examples, and nothing is imported", async ({
    page,
  }) => {
    const before = await milestoneCount(page);
    const template = await (await page.request.get("/api/import/milestones/template")).text();
    await page.goto("/import");
    await previewFile(page, template);
    await expect(
      page.getByRole("alert").filter({ hasText: "This is the unchanged template" }),
    ).toBeVisible();
    await expect(page.getByTestId("import-problem-row")).toHaveCount(2);
    await expect(page.getByTestId("import-problem-row").first()).toContainText("example row");
    await expect(page.getByRole("button", { name: "Confirm import" })).toHaveCount(0);
    expect(await milestoneCount(page)).toBe(before);
  });

  test("imports a good file after its preview and reports what it did", async ({ page }) => {
    const csv = importCsv(
      planned({
        initiative_slug: "mou-quantum",
        title: "Import test: quantum workshop",
        baseline_date: "2027-05-01",
      }),
    );
    const before = await milestoneCount(page);
    await page.goto("/import");
    await previewFile(page, csv);
    const preview = page.getByRole("table", { name: "Changes this import would make" });
    await expect(preview.getByTestId("import-preview-change").first()).toContainText(
      "Import test: quantum workshop",
    );
    await expect(page.getByTestId("import-preview-summary")).toContainText(
      "Nothing has been written yet",
    );
    expect(await milestoneCount(page)).toBe(before);
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByTestId("import-success")).toContainText("1 new milestone");
    await expect(preview).toHaveCount(0);
    expect(await milestoneCount(page)).toBe(before + 1);
    await page.goto("/initiatives/mou-quantum");
    await expect(
      page.getByTestId("milestone-row").filter({ hasText: "Import test: quantum workshop" }),
    ).toBeVisible();
  });
});

test.describe("CSV import of an edited export", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("previews the one edited row, writes nothing until confirmed, then shows it in the milestone's history", async ({
    page,
  }) => {
    const slug = "mou-small-modular-reactors";
    const exported = await page.request.get(`/api/import/milestones/export?initiative=${slug}`);
    expect(exported.status()).toBe(200);
    const rows = Papa.parse<ImportCells>((await exported.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const target = rows.find((row) => row.status === "not_started");
    expect(target).toBeDefined();
    const { milestone_id: id, title = "", version } = target!;
    const reason = "E2E import: preparatory work began";
    const edited = rows.map((row) =>
      row === target ? { ...row, status: "in_progress", reason } : row,
    );

    await page.goto("/import");
    await expect(page.getByRole("link", { name: "Export milestones (CSV)" })).toBeVisible();
    await previewFile(page, importCsv(...edited));
    const changes = page
      .getByRole("table", { name: "Changes this import would make" })
      .getByTestId("import-preview-change");
    await expect(changes).toHaveCount(1);
    await expect(changes).toContainText(title);
    await expect(changes).toContainText("status");
    await expect(changes).toContainText("not_started → in_progress");
    await expect(page.getByTestId("import-preview-summary")).toContainText(
      `1 milestone updated (1 change event), ${rows.length - 1} unchanged rows skipped`,
    );

    // The preview wrote nothing.
    const unchanged = await (await page.request.get(`/api/milestones/${id}`)).json();
    expect(unchanged).toMatchObject({ status: "not_started", version: Number(version) });

    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByTestId("import-success")).toContainText("1 milestone updated");
    const written = await (await page.request.get(`/api/milestones/${id}`)).json();
    expect(written).toMatchObject({ status: "in_progress", version: Number(version) + 1 });

    await page.goto(`/initiatives/${slug}`);
    await page
      .getByTestId("milestone-row")
      .filter({ hasText: title })
      .getByRole("button", { name: `History of ${title}` })
      .click();
    const latest = page.getByTestId("change-event").filter({ hasText: reason });
    await expect(latest.filter({ hasText: "Status" })).toContainText("Not started → In progress");
    await expect(latest.first()).toContainText("Demo Analyst");
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
