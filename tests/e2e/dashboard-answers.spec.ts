import { expect, test, type Page } from "@playwright/test";
import { GAP_DEFINITION, describeGap, overdueSummary } from "../../lib/domain/verdict";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateFor } from "./support/roles";

test.use({ storageState: storageStateFor("executive") });

type Counts = { overdue: number; blocked: number; overdueBlocked: number };
type Portfolio = {
  verdict: string;
  counts: Counts;
  initiatives: { slug: string; title: string; gap: number | null }[];
};

async function portfolio(page: Page, query = ""): Promise<Portfolio> {
  const res = await page.request.get(`/api/portfolio${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("on a laptop (1366 × 768)", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the verdict comes first, the filters are folded, the initiatives start on the first screen", async ({
    page,
  }) => {
    const api = await portfolio(page);
    await page.goto("/dashboard");
    const main = page.locator("main");
    await expect(main.locator("p").first()).toHaveText(api.verdict);
    const verdictBox = (await page.getByTestId("portfolio-verdict").boundingBox())!;
    const filters = page.getByRole("button", { name: "Filters" });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("Kind")).toBeHidden();
    expect(verdictBox.y).toBeLessThan((await filters.boundingBox())!.y);
    // The gap is printed with its definition.
    await expect(page.getByTestId("headline-figures")).toContainText(GAP_DEFINITION);
    // The initiatives (the progress chart) start within the first screen.
    const rows = page.getByTestId("chart-progress-vs-expectation");
    expect((await rows.boundingBox())!.y).toBeLessThan(768);
    await expect(page.getByTestId("initiative-card").first()).toBeInViewport();
    await expectNoSeriousAxeViolations(page, "dashboard, filters folded");
  });

  test("the filters open from one button and the URL names only what was chosen", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    const filters = page.getByRole("button", { name: "Filters" });
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await page.getByLabel("Kind").selectOption("mou");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard\?kind=mou$/);
    await page.reload();
    await expect(page.getByRole("button", { name: "Filters" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    // A form sent without its script still ends on a URL without empty fields.
    await page.goto("/dashboard?asOf=&basis=effective&kind=mou&health=&side=&workstream=&since=");
    await expect(page).toHaveURL(/\/dashboard\?kind=mou$/);
  });

  test("every initiative the dashboard names is a link that keeps the as-of date", async ({
    page,
  }) => {
    const asOf = "2026-06-30";
    const api = await portfolio(page, `?asOf=${asOf}`);
    expect(api.initiatives.length).toBeGreaterThan(0);
    await page.goto(`/dashboard?asOf=${asOf}`);
    for (const i of api.initiatives) {
      const mentions = page.getByText(i.title, { exact: true });
      const visible = await mentions.evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest("select"))
          .map((el) => ({
            // The name itself, or the element wrapping nothing but its link.
            linked:
              el.closest("a") !== null ||
              el.querySelector("a")?.textContent?.trim() === el.textContent?.trim(),
            html: el.outerHTML.slice(0, 120),
          })),
      );
      expect(visible.length, i.slug).toBeGreaterThan(1);
      expect(
        visible.filter((m) => !m.linked),
        i.slug,
      ).toEqual([]);
      await expect(
        page
          .getByTestId("chart-progress-vs-expectation")
          .getByRole("link", { name: i.title, exact: true }),
      ).toHaveAttribute("href", `/initiatives/${i.slug}?asOf=${asOf}`);
      // The lead compares this with the initiative page: the gap in the one definition's words.
      await expect(page.getByTestId(`gap-${i.slug}`)).toHaveText(describeGap(i.gap));
    }
  });

  test("the overdue count links to the overdue milestones, counted once", async ({ page }) => {
    const api = await portfolio(page);
    test.skip(api.counts.overdue === 0, "nothing is overdue in this data");
    await page.goto("/dashboard");
    const [overdueText] = overdueSummary(api.counts).split(" · ");
    await page.getByTestId("headline-figures").getByRole("link", { name: overdueText }).click();
    await expect(page).toHaveURL(/show=overdue#timeline$/);
    const timeline = page.getByTestId("chart-timeline");
    await expect(timeline.getByTestId("timeline-filter")).toContainText(
      `${api.counts.overdue} milestone`,
    );
    // One drawn track per milestone shown.
    await expect(timeline.getByRole("img")).toHaveCount(api.counts.overdue);
  });

  test("each initiative's gap reads the same on the dashboard, on its page and in the API", async ({
    page,
  }) => {
    for (const asOf of ["", "2026-06-30"]) {
      const api = await portfolio(page, asOf ? `?asOf=${asOf}` : "");
      await page.goto(`/dashboard${asOf ? `?asOf=${asOf}` : ""}`);
      const onDashboard = new Map<string, string>();
      for (const i of api.initiatives) {
        const text = (await page.getByTestId(`gap-${i.slug}`).textContent())?.trim() ?? "";
        expect(text, i.slug).toBe(describeGap(i.gap));
        onDashboard.set(i.slug, text);
      }
      for (const i of api.initiatives) {
        await page.goto(`/initiatives/${i.slug}${asOf ? `?asOf=${asOf}` : ""}`);
        await expect(page.getByTestId("initiative-gap"), i.slug).toHaveText(
          onDashboard.get(i.slug)!,
        );
      }
    }
  });

  test("timeline groups fold to late and open milestones and unfold on request", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    const timeline = page.getByTestId("chart-timeline");
    const first = timeline.getByRole("button", { name: /^Show all \d+ milestones of / }).first();
    // The toggle's name changes when it opens, so hold on to it by the group it controls.
    const toggle = timeline.locator(
      `[aria-controls="${await first.getAttribute("aria-controls")}"]`,
    );
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    // Items that fold away carry the fold class: hidden while folded, shown once unfolded.
    const group = page.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
    const foldable = group.locator('[class*="fold:hidden"]');
    expect(await foldable.count()).toBeGreaterThan(0);
    await expect(foldable.first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveAccessibleName(/^Show late and open only of /);
    await expect(foldable.first()).toBeVisible();
  });

  test("the gap's definition is a link away, in the glossary", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "How the gap is measured" }).first().click();
    await expect(page).toHaveURL(/\/glossary#gap$/);
    await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
    await expect(page.locator("#gap")).toContainText(GAP_DEFINITION);
    await expect(page.locator("#window")).toContainText("not a commitment by either government");
    await expectNoSeriousAxeViolations(page, "glossary");
  });
});

test.describe("on a phone (390 px wide)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("nothing scrolls sideways and the timeline is one list per initiative", async ({ page }) => {
    const api = await portfolio(page);
    await page.goto("/dashboard");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const timeline = page.getByTestId("chart-timeline");
    // No drawn date axis on a phone: the milestones are listed in words.
    await expect(timeline.getByRole("img")).toHaveCount(0);
    const withMilestones = api.initiatives.length;
    await expect(timeline.getByRole("heading", { level: 3 })).toHaveCount(withMilestones);
    const lists = timeline.getByRole("list").filter({ has: page.getByRole("listitem") });
    expect(await lists.count()).toBeGreaterThanOrEqual(withMilestones);
    await expect(
      timeline
        .getByText(/planned \d{1,2} \w+ \d{4}/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page, "dashboard on a phone");
  });
});

test.describe("printed on a phone before the burn-up chart is drawn", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sheet carries the burn-up's table instead of a blank box", async ({ page }) => {
    await page.goto("/dashboard");
    const burnUp = page.getByTestId("chart-burn-up");
    // Far below the first screen, the chart library has not loaded.
    await expect(burnUp.locator(".recharts-surface")).toHaveCount(0);
    const table = burnUp.getByTestId("data-table");
    await expect(table).toBeHidden();

    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    await expect(table).toBeVisible();
    await expect(table.locator("tbody tr").first()).toBeVisible();

    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    await expect(table).toBeHidden();
  });
});
