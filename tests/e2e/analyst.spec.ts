import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/roles";

const FTA = "/initiatives/ksfta-upgrade";

function row(page: Page, title: string) {
  return page.getByTestId("milestone-row").filter({ hasText: title });
}

async function openEditor(page: Page, title: string) {
  await row(page, title)
    .getByRole("button", { name: `Edit ${title}` })
    .click();
  return page.getByRole("form", { name: `Edit ${title}` });
}

/** Opens the FTA upgrade's page and the editor (a side sheet) of one of its milestones. */
async function editOnFta(page: Page, title: string) {
  await page.goto(FTA);
  return openEditor(page, title);
}

test.describe("the analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("updates a milestone inline with the keyboard and finds the change in its history", async ({
    page,
  }) => {
    const title = "Negotiating round 4";
    const editor = await editOnFta(page, title);
    await expect(editor.getByLabel("Status")).toBeFocused();
    await editor.getByLabel("Status").selectOption("in_progress");
    await editor.getByLabel("Percent complete").fill("30");
    await editor.getByLabel("Reason (required)").fill("Preparatory talks reported under way");
    await editor.getByLabel("Reason (required)").press("Enter");
    await expect(editor).toBeHidden();
    await expect(row(page, title).getByRole("button", { name: `Edit ${title}` })).toBeFocused();
    await expect(row(page, title)).toContainText("In progress");
    await expect(row(page, title)).toContainText("30%");

    await row(page, title)
      .getByRole("button", { name: `History of ${title}` })
      .click();
    const latest = page
      .getByTestId("change-event")
      .filter({ hasText: "Preparatory talks reported under way" });
    await expect(latest.filter({ hasText: "Status" })).toContainText("Not started → In progress");
    await expect(latest.first()).toContainText("Demo Analyst");

    // The change survives a reload: it was written, not just shown.
    await page.reload();
    await expect(row(page, title)).toContainText("In progress");

    // And it is in the portfolio-wide audit log, filtered by person.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Audit" })
      .click();
    await page.getByLabel("Person").selectOption("Demo Analyst");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/author=Demo\+Analyst/);
    await expect(
      page
        .getByTestId("change-event")
        .filter({ hasText: "Preparatory talks reported under way" })
        .first(),
    ).toBeVisible();
  });

  test("sees the server's message on the field to fix and a rolled-back row when a change is refused", async ({
    page,
  }) => {
    const title = "Legal scrub of the upgrade text";
    const editor = await editOnFta(page, title);
    await editor.getByLabel("Status").selectOption("done");
    // Choosing Done fills in today and 100%: what the server still refuses is the missing evidence.
    await expect(editor.getByLabel("Percent complete")).toHaveValue("100");
    await expect(editor.getByLabel("Actual date")).not.toHaveValue("");
    await editor.getByLabel("Reason (required)").fill("Claimed complete");
    await editor.getByRole("button", { name: "Save change" }).click();
    const evidence = editor.getByLabel("Evidence link (required to mark done)");
    await expect(
      editor.getByText("Marking a milestone done needs an evidence link."),
    ).toBeVisible();
    await expect(evidence).toBeFocused();
    await expect(evidence).toHaveAttribute("aria-invalid", "true");
    await expect(evidence).toHaveAccessibleDescription(/needs an evidence link/);
    await expect(row(page, title)).toContainText("Not started");
  });

  test("resolves a conflict between two browser sessions by re-applying the change", async ({
    browser,
  }) => {
    const title = "Substantial conclusion of negotiations";
    const first = await browser.newContext({ storageState: storageStateFor("analyst") });
    const second = await browser.newContext({ storageState: storageStateFor("admin") });
    const pageA = await first.newPage();
    const pageB = await second.newPage();
    await pageA.goto(FTA);
    await pageB.goto(FTA);

    const editorB = await openEditor(pageB, title);
    const editorA = await openEditor(pageA, title);
    await editorA.getByLabel("Planned date").fill("2028-06-30");
    await editorA.getByLabel("Reason (required)").fill("Calendar pushed by the other side");
    await editorA.getByRole("button", { name: "Save change" }).click();
    await expect(editorA).toBeHidden();

    await editorB.getByLabel("Responsible side").selectOption("korea");
    await editorB.getByLabel("Reason (required)").fill("Korea leads the final stage");
    await editorB.getByRole("button", { name: "Save change" }).click();
    const notice = pageB.getByTestId("conflict-notice");
    await expect(notice).toContainText("Someone else saved a change first");
    await expect(notice).toContainText("30 Jun 2028");
    await notice.getByRole("button", { name: "Re-apply my change on their version" }).click();
    await expect(editorB).toBeHidden();
    await expect(row(pageB, title)).toContainText("Korea");
    await expect(row(pageB, title)).toContainText("30 Jun 2028");
    await first.close();
    await second.close();
  });

  test("moves a milestone earlier in the plan order, and the order is kept and recorded", async ({
    page,
  }) => {
    await page.goto("/initiatives/mou-space-satellite");
    await page.getByRole("button", { name: "Plan order" }).click();
    const titles = () =>
      page.getByTestId("milestone-row").locator("td:first-child > div:first-child").allInnerTexts();
    const before = await titles();
    await page.getByRole("button", { name: `Move ${before[1]} earlier` }).click();
    await expect.poll(titles).toEqual([before[1], before[0], ...before.slice(2)]);

    await page.reload();
    await page.getByRole("button", { name: "Plan order" }).click();
    await expect.poll(titles).toEqual([before[1], before[0], ...before.slice(2)]);
    await page.getByRole("button", { name: `History of ${before[1]}` }).click();
    await expect(
      page.getByTestId("change-event").filter({ hasText: "Order" }).first(),
    ).toContainText("earlier in the plan order");
  });
});

test.describe("the executive", () => {
  test.use({ storageState: storageStateFor("executive") });

  test("sees history but no edit controls", async ({ page }) => {
    await page.goto(FTA);
    await expect(page.getByTestId("milestone-row").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
    await expect(
      page.getByRole("button", { name: /Save|Post status update|Add milestone|Add source/ }),
    ).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^History of / }).first()).toBeVisible();
    const res = await page.request.patch("/api/milestones/anything", {
      data: { version: 1, status: "done", reason: "exec" },
    });
    expect(res.status()).toBe(403);
  });
});
