import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateFor } from "./support/roles";

test.use({ storageState: storageStateFor("executive") });

type Portfolio = { initiatives: { timeline: unknown[] }[]; burnUp: unknown[] };
/** Each chart's data table: one row per initiative, per week of the burn-up, per milestone. */
const CHART_ROWS: Record<string, (p: Portfolio) => number> = {
  "chart-progress-vs-expectation": (p) => p.initiatives.length,
  "chart-burn-up": (p) => p.burnUp.length,
  "chart-timeline": (p) => p.initiatives.flatMap((i) => i.timeline).length,
  "chart-forecast": (p) => p.initiatives.length,
};

async function portfolioDone(page: Page): Promise<number> {
  const text = await page.getByTestId("headline-figures").innerText();
  const match = text.match(/(\d+)% done/);
  if (!match) throw new Error(`No progress figure in: ${text}`);
  return Number(match[1]);
}

test("shows the headline figures and every chart, each with a caption and a data table", async ({
  page,
}) => {
  const portfolio: Portfolio = await (await page.request.get("/api/portfolio")).json();
  expect(portfolio.initiatives).not.toHaveLength(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("headline-figures")).toContainText(/expected today/);
  await expect(page.getByTestId("headline-figures")).toContainText(/stale/i);
  for (const [id, rows] of Object.entries(CHART_ROWS)) {
    const section = page.getByTestId(id);
    await expect(section, id).toBeVisible();
    // The burn-up's chart library loads only once the chart is near the viewport.
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByRole("img").first(), id).toHaveAttribute("aria-label", /\d.{30,}/);
    await section.getByText("Show data table").first().click();
    const table = section.getByTestId("data-table").first();
    await expect(table, id).toBeVisible();
    await expect(table.locator("tbody tr"), id).toHaveCount(rows(portfolio));
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
  // The settings are folded behind one button, so the answer comes first.
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByLabel("Show the portfolio as of").fill("2026-04-01");
  await page.getByRole("button", { name: "Show", exact: true }).click();
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
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByLabel("Kind").selectOption("mou");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/kind=mou/);
  await page.reload();
  // A view with a filter set opens with its filters showing.
  await expect(page.getByRole("button", { name: "Filters" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
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
    await expectNoSeriousAxeViolations(page, `${viewport.width}px`);
  }
});
