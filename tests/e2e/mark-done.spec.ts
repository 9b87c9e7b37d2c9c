import { parseDayInput } from "../../lib/domain/dates";
import { expect, test, type Page } from "@playwright/test";
import { byPlannedDate, isOpen } from "../../lib/domain/milestones";
import type { MilestoneView } from "../../lib/views/milestone";
import { storageStateFor } from "./support/roles";

// An initiative no other spec changes, with open milestones planned one after the other.
const SLUG = "mou-ai-cooperation";
const PAGE = `/initiatives/${SLUG}`;
/** The milestone table's own anchor (MILESTONE_ROWS_ID): one Tab from there reaches the rows. */
const ROWS_ANCHOR = "#milestone-rows";
const EVIDENCE = "https://www.example.org/notices/ai-ip-working-level-talks";

async function milestonesByPlannedDate(page: Page): Promise<MilestoneView[]> {
  const res = await page.request.get(`/api/initiatives/${SLUG}`);
  expect(res.status()).toBe(200);
  return [...(await res.json()).milestones].sort(byPlannedDate);
}

async function milestone(page: Page, id: string): Promise<MilestoneView> {
  const res = await page.request.get(`/api/milestones/${id}`);
  expect(res.status()).toBe(200);
  return res.json();
}

const rowOf = (page: Page, m: MilestoneView) =>
  page.locator(`[data-testid="milestone-row"][data-milestone-id="${m.id}"]`);

/** The keyboard, counting every press (typing the link is not a press). */
function countedKeys(page: Page) {
  const pressed: string[] = [];
  return {
    pressed,
    press: async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    },
  };
}

test.describe("the analyst, keyboard only", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("marks a milestone done with evidence in at most four presses, then undoes it", async ({
    page,
  }) => {
    const rows = await milestonesByPlannedDate(page);
    // Tab lands on the next open milestone; the one after it is one arrow press away.
    const first = rows.findIndex(isOpen);
    expect(first).toBeGreaterThanOrEqual(0);
    const target = rows[first + 1];
    expect(target).toBeDefined();
    expect(isOpen(target)).toBe(true);
    expect(target.provenance).toBe("planned_estimate");

    await page.goto(`${PAGE}${ROWS_ANCHOR}`);
    await expect(rowOf(page, target)).toBeVisible();
    const keys = countedKeys(page);
    await keys.press("Tab");
    await expect(rowOf(page, rows[first])).toBeFocused();
    await keys.press("ArrowDown");
    await expect(rowOf(page, target)).toBeFocused();
    await keys.press("d");

    const sheet = page.getByRole("dialog", { name: `Mark “${target.title}” done` });
    const evidence = sheet.getByLabel("Evidence link (required to mark done)");
    await expect(evidence).toBeFocused();
    // Done, today (the server's) and 100% are filled in; only the link is the analyst's to give.
    await expect(sheet.getByLabel("Status")).toHaveValue("done");
    await expect(sheet.getByLabel("Percent complete")).toHaveValue("100");
    // The field shows "28 Nov 2026"; what it holds is that day.
    const today = parseDayInput(await sheet.getByLabel("Actual date").inputValue()).day;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.type(EVIDENCE);
    await keys.press("Enter");

    await expect(sheet).toBeHidden();
    expect(keys.pressed).toEqual(["Tab", "ArrowDown", "d", "Enter"]);
    expect(keys.pressed.length).toBeLessThanOrEqual(4);

    // Written, with its evidence: done today at 100%, and its dates now sourced.
    expect(await milestone(page, target.id)).toMatchObject({
      status: "done",
      percentComplete: 100,
      actualDate: today,
      provenance: "sourced",
      version: target.version + 1,
    });
    const history = await page.request.get(`/api/milestones/${target.id}/history?field=status`);
    expect((await history.json()).events[0]).toMatchObject({
      oldValue: target.status,
      newValue: "done",
      evidenceUrl: EVIDENCE,
    });

    // Focus is back on the row, which shows the change; a confirmation offers Undo.
    await expect(rowOf(page, target)).toBeFocused();
    await expect(rowOf(page, target)).toContainText("Done");
    await expect(rowOf(page, target)).not.toContainText("(plan)");
    const confirmation = page.getByRole("status").filter({ hasText: `Saved “${target.title}”` });
    await expect(confirmation).toContainText("Status:");
    await confirmation.getByRole("button", { name: "Undo" }).click();

    // Undo is a new change on the new version: the old values are back, and the history keeps both.
    await expect(page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect(rowOf(page, target)).toBeFocused();
    expect(await milestone(page, target.id)).toMatchObject({
      status: target.status,
      percentComplete: target.percentComplete,
      actualDate: null,
      provenance: "planned_estimate",
      version: target.version + 2,
    });
    const after = await page.request.get(`/api/milestones/${target.id}/history?field=status`);
    expect(
      (await after.json()).events.slice(0, 2).map((e: { newValue: string }) => e.newValue),
    ).toEqual([target.status, "done"]);
  });

  test("keeps focus inside the editor's side sheet, and Escape brings it back to the row", async ({
    page,
  }) => {
    const rows = await milestonesByPlannedDate(page);
    const current = rows.find(isOpen)!;
    await page.goto(`${PAGE}${ROWS_ANCHOR}`);
    await expect(rowOf(page, current)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(rowOf(page, current)).toBeFocused();
    await page.keyboard.press("e");

    const sheet = page.getByRole("dialog", { name: `Edit “${current.title}”` });
    await expect(sheet.getByLabel("Status")).toBeFocused();
    for (let n = 0; n < 3; n++) {
      await page.keyboard.press("Shift+Tab");
      await expect(sheet.locator(":focus")).toHaveCount(1);
    }
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(rowOf(page, current)).toBeFocused();
  });
});

test.describe("the analyst on a phone", () => {
  test.use({ storageState: storageStateFor("analyst"), viewport: { width: 390, height: 844 } });

  test("reads milestones as cards without sideways scrolling and marks one done in a full-width sheet", async ({
    page,
  }) => {
    const rows = await milestonesByPlannedDate(page);
    const open = rows.find(isOpen)!;
    await page.goto(PAGE);
    await expect(page.getByTestId("milestone-card")).toHaveCount(rows.length);
    await expect(page.getByTestId("milestone-row").first()).toBeHidden();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);

    const markDone = page.getByRole("button", { name: `Mark ${open.title} done` });
    await markDone.click();
    const sheet = page.getByRole("dialog", { name: `Mark “${open.title}” done` });
    await expect(sheet.getByLabel("Evidence link (required to mark done)")).toBeFocused();
    const fullWidth = await page.evaluate(() => document.documentElement.clientWidth);
    expect((await sheet.boundingBox())!.width).toBeCloseTo(fullWidth, 0);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(markDone).toBeFocused();
    expect(await milestone(page, open.id)).toMatchObject({
      status: open.status,
      version: open.version,
    });
  });
});
