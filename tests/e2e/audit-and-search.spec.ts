import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateFor } from "./support/roles";

const PHONE = { width: 390, height: 844 };

type AuditAnswer = {
  total: number;
  totalEvents: number;
  pageCount: number;
  changeSets: { changeSetId: string; events: { field: string }[] }[];
};
type Group = { total: number; items: Record<string, unknown>[] };
type SearchAnswer = {
  initiatives: Group;
  milestones: Group;
  statusUpdates: Group;
  sources: Group;
};

const count = (n: number) => n.toLocaleString("en");
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function audit(page: Page, query = ""): Promise<AuditAnswer> {
  const res = await page.request.get(`/api/audit${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** The line above the table, as the page words it for a page of `shown` changes. */
function rangeText(a: AuditAnswer, first: number, shown: number) {
  const changes = `${count(a.total)} ${a.total === 1 ? "change" : "changes"}`;
  const fields = a.totalEvents !== a.total ? ` (${count(a.totalEvents)} field changes)` : "";
  return `Showing ${count(first)}–${count(first + shown - 1)} of ${changes}${fields}`;
}

const headerSearchButton = (page: Page) =>
  page.getByRole("banner").getByRole("button", { name: "Search", exact: true });
const headerSearchBox = (page: Page) =>
  page.getByRole("search", { name: "Search from the header" }).getByRole("searchbox");

test.describe("the audit log, as the analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("is a paged table with one row group per change, and labelled page controls", async ({
    page,
  }) => {
    const all = await audit(page);
    expect(all.total).toBeGreaterThan(50);
    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByTestId("audit-range")).toHaveText(rangeText(all, 1, 50));

    const sets = page.getByTestId("change-set");
    await expect(sets).toHaveCount(50);
    const first = all.changeSets[0];
    await expect(sets.first()).toHaveAttribute("data-change-set-id", first.changeSetId);
    await expect(sets.first().getByTestId("change-event")).toHaveCount(first.events.length);

    const pages = page.getByRole("navigation", { name: "Audit log pages" });
    await expect(pages).toContainText(`Page 1 of ${count(all.pageCount)}`);
    await expect(pages.getByRole("link", { name: "Previous page" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    const second = await audit(page, "?page=2");
    await expect(page.getByTestId("audit-range")).toHaveText(
      rangeText(all, 51, second.changeSets.length),
    );
    await expect(sets.first()).toHaveAttribute(
      "data-change-set-id",
      second.changeSets[0].changeSetId,
    );
    await expect(pages).toContainText(`Page 2 of ${count(all.pageCount)}`);
    await pages.getByRole("link", { name: "First page" }).click();
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByTestId("audit-range")).toHaveText(rangeText(all, 1, 50));
    await expectNoSeriousAxeViolations(page, "audit log");
  });

  test("filters by field and words, and downloads the filtered result as CSV", async ({ page }) => {
    await page.goto("/audit");
    await page.getByLabel("Field", { exact: true }).selectOption("health");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]field=health(&|$)/);
    const health = await audit(page, "?field=health");
    expect(health.total).toBeGreaterThan(0);
    const shown = Math.min(50, health.total);
    await expect(page.getByTestId("audit-range")).toHaveText(rangeText(health, 1, shown));
    const rows = page.getByTestId("change-event");
    await expect(rows).toHaveCount(health.changeSets.slice(0, 50).flatMap((s) => s.events).length);
    for (const row of await rows.all()) await expect(row).toContainText("Health");

    await page.getByLabel("Search", { exact: true }).fill("quantum");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]q=quantum(&|$)/);
    const both = await audit(page, "?field=health&q=quantum");
    expect(both.total).toBeGreaterThan(0);
    await expect(page.getByTestId("audit-range")).toHaveText(
      rangeText(both, 1, Math.min(50, both.total)),
    );
    for (const set of await page.getByTestId("change-set").all())
      await expect(set).toContainText(/quantum/i);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^corridor-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(both.totalEvents);
    expect(new Set(parsed.data.map((r) => r.field))).toEqual(new Set(["health"]));
  });

  test("on a phone, each change is a card and nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/audit");
    const firstSet = page.getByTestId("change-set").first();
    await expect(firstSet).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Old → new" })).toBeHidden();
    await expect(firstSet.getByText("Recorded:", { exact: true })).toBeVisible();
    const box = await firstSet.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, "audit log on a phone");
  });
});

test.describe("search, as the executive", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("from the header, lists initiatives, milestones, updates and sources with their links", async ({
    page,
  }) => {
    const answer: SearchAnswer = await (await page.request.get("/api/search?q=quantum")).json();
    expect(answer.initiatives.total).toBeGreaterThan(0);
    expect(answer.milestones.total).toBeGreaterThan(0);
    expect(answer.statusUpdates.total).toBeGreaterThan(0);

    await page.goto("/dashboard");
    const button = headerSearchButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(headerSearchBox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(headerSearchBox(page)).toBeHidden();
    await expect(button).toBeFocused();

    await button.press("Enter");
    await expect(headerSearchBox(page)).toBeFocused();
    await page.keyboard.type("quantum");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=quantum$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(headerSearchBox(page)).toBeHidden();
    await expect(
      page.getByRole("search", { name: "Search the portfolio" }).getByRole("searchbox"),
    ).toHaveValue("quantum");

    const groups = [
      ["initiatives", answer.initiatives],
      ["milestones", answer.milestones],
      ["updates", answer.statusUpdates],
      ["sources", answer.sources],
    ] as const;
    for (const [id, group] of groups) {
      const section = page.getByTestId(`search-${id}`);
      if (group.total === 0) {
        await expect(section, id).toHaveCount(0);
        continue;
      }
      await expect(section.getByRole("heading", { level: 2 }), id).toContainText(
        `(${count(group.total)})`,
      );
      await expect(section.getByRole("listitem"), id).toHaveCount(group.items.length);
    }

    const initiative = answer.initiatives.items[0] as { slug: string; title: string };
    const milestone = answer.milestones.items[0] as {
      id: string;
      title: string;
      initiative: { slug: string };
    };
    const update = answer.statusUpdates.items[0] as { initiative: { slug: string } };
    await expect(
      page.getByTestId("search-milestones").getByRole("link", { name: milestone.title }).first(),
    ).toHaveAttribute(
      "href",
      `/initiatives/${milestone.initiative.slug}#milestone-${milestone.id}`,
    );
    await expect(page.getByTestId("search-updates").getByRole("link").first()).toHaveAttribute(
      "href",
      `/initiatives/${update.initiative.slug}#updates`,
    );
    if (answer.sources.total > 0) {
      const source = answer.sources.items[0] as { url: string };
      await expect(page.getByTestId("search-sources").getByRole("link").first()).toHaveAttribute(
        "href",
        source.url,
      );
    }
    await expectNoSeriousAxeViolations(page, "search results");

    await page
      .getByTestId("search-initiatives")
      .getByRole("link", { name: initiative.title })
      .click();
    await expect(page).toHaveURL(new RegExp(`/initiatives/${initiative.slug}$`));
  });

  test("says what is wrong with a search that is too short, and what found nothing", async ({
    page,
  }) => {
    await page.goto("/search?q=a");
    await expect(
      page.getByRole("alert").filter({ hasText: "Type at least 2 characters to search." }),
    ).toBeVisible();
    await page.goto("/search?q=zzqqxx");
    await expect(page.getByTestId("search-summary")).toHaveText("Nothing matches “zzqqxx”.");
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByTestId("search-summary")).toHaveCount(0);
  });

  test("on a phone, the header's search button opens a field that fits", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    const button = headerSearchButton(page);
    await expect(button).toBeVisible();
    const target = await button.boundingBox();
    expect(target!.width).toBeGreaterThanOrEqual(24);
    expect(target!.height).toBeGreaterThanOrEqual(24);
    await button.click();
    const box = await headerSearchBox(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await headerSearchBox(page).fill("satellite");
    await headerSearchBox(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=satellite$/);
    await expect(page.getByTestId("search-initiatives")).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, "search on a phone");
  });
});
