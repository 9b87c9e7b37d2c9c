import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/roles";

test.use({ storageState: storageStateFor("executive") });

const CHARTS = [
  "chart-progress-vs-expectation",
  "chart-burn-up",
  "chart-timeline",
  "chart-forecast",
];

async function portfolioDone(page: Page): Promise<number> {
  const text = await page.getByTestId("headline-figures").innerText();
  const match = text.match(/(\d+)% done/);
  if (!match) throw new Error(`No progress figure in: ${text}`);
  return Number(match[1]);
}

test("shows the headline figures and every chart, each with a caption and a data table", async ({
  page,
}) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("headline-figures")).toContainText(/expected today/);
  await expect(page.getByTestId("headline-figures")).toContainText(/stale/i);
  for (const id of CHARTS) {
    const section = page.getByTestId(id);
    await expect(section, id).toBeVisible();
    await expect(section.getByRole("img").first(), id).toHaveAttribute("aria-label", /\d.{30,}/);
    await section.getByText("Show data table").first().click();
    const table = section.getByTestId("data-table").first();
    await expect(table, id).toBeVisible();
    expect(await table.locator("tbody tr").count(), id).toBeGreaterThan(0);
  }
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("chart-forecast")).toContainText("no recent progress");
  await expect(page.getByTestId("what-changed")).toBeVisible();
});

test("the as-of picker replays the portfolio: 1 April 2026 differs from today", async ({
  page,
}) => {
  await page.goto("/dashboard");
  const today = await portfolioDone(page);
  await page.getByLabel("Show the portfolio as of").fill("2026-04-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2026-04-01/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(/As of 1 Apr 2026/).first()).toBeVisible();
  const april = await portfolioDone(page);
  expect(april).not.toBe(today);

  const api = await (await page.request.get("/api/portfolio?asOf=2026-04-01")).json();
  expect(april).toBe(Math.round(api.progress));
});

test("a filter lives in the URL and survives a reload", async ({ page }) => {
  await page.goto("/dashboard");
  await page.getByLabel("Kind").selectOption("mou");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/kind=mou/);
  await page.reload();
  await expect(page.getByLabel("Kind")).toHaveValue("mou");
  const rows = page.getByTestId("chart-timeline").getByText(/FTA/);
  await expect(rows).toHaveCount(0);
});

test("has no serious accessibility faults, on a laptop and on a phone", async ({ page }) => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/dashboard");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      `${viewport.width}px`,
    ).toEqual([]);
  }
});
