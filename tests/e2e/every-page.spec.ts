import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Role } from "../../lib/domain/types";
import { PAGES, type PageRule } from "./support/pages";
import { storageStateFor } from "./support/roles";

/**
 * Every page each visitor may open, at a laptop's and a phone's width: the page never scrolls
 * sideways and axe finds no violation of any impact. One browser context per visitor, signed in
 * once (the global setup's session); every problem on every page is listed in one failure.
 */

const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];
const ROLES: Role[] = ["analyst", "executive", "admin"];

/** Pages the visitor sees as themselves: not the ones that only send them elsewhere. */
function pagesFor(role: Role | null): string[] {
  const shown = (rule: PageRule) =>
    role === null
      ? rule === "sign-in"
      : rule === "signed-in" || (Array.isArray(rule) && rule.includes(role as "analyst"));
  return Object.entries(PAGES)
    .filter(([, rule]) => shown(rule))
    .map(([page]) => page);
}

/** Each page's addresses: a page of one initiative once for every initiative. */
async function addresses(context: BrowserContext, pages: string[]): Promise<string[]> {
  if (!pages.some((p) => p.includes("[slug]"))) return pages;
  const res = await context.request.get("/api/initiatives");
  expect(res.status(), "GET /api/initiatives").toBe(200);
  const slugs = ((await res.json()).initiatives as { slug: string }[]).map((i) => i.slug);
  expect(slugs.length, "initiatives to visit").toBeGreaterThan(0);
  return pages.flatMap((p) =>
    p.includes("[slug]") ? slugs.map((s) => p.replace("[slug]", s)) : [p],
  );
}

/** The page's width beyond the window, and the elements that reach past it. */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}`
          : ""
      } (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    // The outermost elements that stick out, so the cause is named rather than all its children.
    const wide = [...document.body.querySelectorAll("*")].filter(
      (el) =>
        el.getBoundingClientRect().right > width + 0.5 &&
        !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5),
    );
    return { overflow, culprits: wide.slice(0, 5).map(describe) };
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} [${v.helpUrl}] at ${v.nodes
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

/** What is wrong with one page at one width; empty when nothing is. */
async function auditPage(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const problems: string[] = [];
  const status = response?.status() ?? 0;
  const landed = new URL(page.url()).pathname;
  if (status !== 200) problems.push(`answered ${status}`);
  if (landed !== url) problems.push(`sent on to ${landed}`);
  if (await page.getByText("Not available for your role").count())
    problems.push("says 'Not available for your role'");
  const { overflow, culprits } = await sidewaysOverflow(page);
  if (overflow > 0)
    problems.push(`scrolls sideways by ${overflow} px; too wide: ${culprits.join(", ") || "?"}`);
  problems.push(...(await axeViolations(page)).map((v) => `axe ${v}`));
  return problems;
}

async function auditAs(browser: Browser, baseURL: string, role: Role | null): Promise<string[]> {
  const context = await browser.newContext({
    baseURL,
    viewport: WIDTHS[0],
    storageState: role ? storageStateFor(role) : { cookies: [], origins: [] },
  });
  try {
    const page = await context.newPage();
    const urls = await addresses(context, pagesFor(role));
    expect(urls.length, "pages to visit").toBeGreaterThan(0);
    const failures: string[] = [];
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      for (const url of urls) {
        for (const problem of await auditPage(page, url))
          failures.push(`${url} at ${size.width} px: ${problem}`);
      }
    }
    return failures;
  } finally {
    await context.close();
  }
}

for (const role of ROLES) {
  test(`as the ${role}, every page fits 1366 px and 390 px and passes axe`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(10 * 60_000);
    const failures = await auditAs(browser, baseURL!, role);
    expect(failures, `Problems on ${role} pages (one line each)`).toEqual([]);
  });
}

test("signed out, the sign-in page fits 1366 px and 390 px and passes axe", async ({
  browser,
  baseURL,
}) => {
  const failures = await auditAs(browser, baseURL!, null);
  expect(failures, "Problems on the signed-out pages").toEqual([]);
});
