import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import type { DashboardView } from "@/components/dashboard/view-links";
import type { PortfolioSnapshot, SnapshotFilters } from "@/lib/domain/portfolio-snapshot";
import { formatPercent } from "@/lib/domain/progress";
import type { ReplayBasis } from "@/lib/domain/replay";
import { describeGap } from "@/lib/domain/verdict";
import { getPortfolioSnapshot } from "@/lib/server/dashboard";
import { latestPortfolioReportView } from "@/lib/server/portfolio";
import { PORTFOLIO } from "@/prisma/seed/portfolio";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { TODAY as today } from "./support/today";

// The form's client handler asks for the router; rendering to HTML never calls it.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => undefined }),
  usePathname: () => "/dashboard",
}));

const { db, tokens, userIds } = databaseForFile({ seed: true, accounts: true });

type ApiInitiative = {
  slug: string;
  title: string;
  progress: number;
  expectedProgress: number;
  gap: number;
};

/** The dashboard body as HTML, with no changes listed and publishing not offered. */
function renderDashboard(
  snapshot: PortfolioSnapshot,
  view: DashboardView,
  extra: {
    since?: string;
    lastReport?: Awaited<ReturnType<typeof latestPortfolioReportView>>;
  } = {},
): string {
  return renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(DashboardBody, {
        snapshot,
        view,
        since: extra.since ?? view.asOf,
        changes: { countByInitiative: {}, total: 0, latest: [] },
        workstreams: [],
        errors: [],
        lastReport: extra.lastReport ?? null,
        canPublish: false,
      }),
    ),
  );
}

/** The dashboard's HTML for a view, and GET /api/portfolio for the same view. */
async function dashboardAndApi(asOf: string, basis: ReplayBasis, filters: SnapshotFilters = {}) {
  const lastReport = await latestPortfolioReportView(db.prisma);
  const query = new URLSearchParams({ asOf, basis, ...(filters as Record<string, string>) });
  const api = await jsonAnswer(
    getPortfolio(apiRequest(`/api/portfolio?${query}`, { token: tokens.executive }), noParams),
  );
  expect(api.status).toBe(200);
  const snapshot = await getPortfolioSnapshot(db.prisma, { asOf, basis, filters });
  const view: DashboardView = { asOf, basis, today, filters };
  const html = renderDashboard(snapshot, view, { since: asOf, lastReport });
  return { html, api: api.body as { verdict: string; initiatives: ApiInitiative[] } };
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** The text of the element carrying `data-testid`, tags stripped. */
function textOf(html: string, testId: string): string | null {
  const match = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</`, "s").exec(html);
  return match ? match[1].replace(/<[^>]+>/g, "") : null;
}

/** Every text node holding `text`, with the tag that opens it (a closing tag reads "/x"). */
function textNodesWith(html: string, text: string): { tag: string; node: string }[] {
  return [...html.matchAll(/<(\/?[a-zA-Z0-9]+)[^>]*>([^<]*)/g)]
    .filter((m) => m[2].includes(text))
    .map((m) => ({ tag: m[1], node: m[2] }));
}

const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("the dashboard as rendered", () => {
  it.each([
    ["today", today, "effective"],
    ["on 30 Jun 2026", "2026-06-30", "effective"],
    ["as known on 30 Sept 2026", "2026-09-30", "recorded"],
  ] as const)(
    "prints for each initiative the gap GET /api/portfolio gives (%s)",
    async (_, asOf, basis) => {
      const { html, api } = await dashboardAndApi(asOf, basis);
      expect(api.initiatives.length).toBeGreaterThan(0);
      for (const i of api.initiatives) {
        // The one definition: reported progress minus progress expected by the as-of date.
        expect(i.gap).toBeCloseTo(i.progress - i.expectedProgress, 9);
        expect(textOf(html, `gap-${i.slug}`), i.slug).toBe(describeGap(i.gap));
      }
    },
  );

  it("opens with the verdict sentence, before any control", async () => {
    const { html, api } = await dashboardAndApi(today, "effective");
    const firstParagraph = /<p[^>]*>(.*?)<\/p>/s.exec(html)?.[1];
    expect(firstParagraph).toBe(escapeHtml(api.verdict));
    expect(html.indexOf(escapeHtml(api.verdict))).toBeLessThan(html.indexOf("<form"));
    expect(html.indexOf(escapeHtml(api.verdict))).toBeLessThan(html.indexOf("<button"));
  });

  it("links every initiative it names, keeping the as-of day", async () => {
    const { html, api } = await dashboardAndApi("2026-06-30", "effective");
    expect(api.initiatives.map((i) => i.slug).sort()).toEqual(PORTFOLIO.map((i) => i.slug).sort());
    for (const i of api.initiatives) {
      const nodes = textNodesWith(html, escapeHtml(i.title));
      expect(nodes.length, i.slug).toBeGreaterThan(2);
      // Anywhere the name stands on its own it is a link (or a choice in the burn-up's list).
      expect(
        nodes.filter((n) => !(n.tag === "a" || n.tag === "option")),
        i.slug,
      ).toEqual([]);
      expect(html).toContain(`href="/initiatives/${i.slug}?asOf=2026-06-30"`);
    }
  });

  it("folds the filters away unless one is set", async () => {
    const plain = await dashboardAndApi(today, "effective");
    const panel = (html: string) => /aria-controls="([^"]+)"/.exec(html)?.[1];
    const panelOf = (html: string) =>
      new RegExp(`<div id="${panel(html)}"([^>]*)>`).exec(html)?.[1] ?? "missing";
    expect(plain.html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>.*?Filters<\/button>/s);
    expect(panelOf(plain.html)).toContain("hidden");
    const filtered = await dashboardAndApi(today, "effective", { kind: "mou" });
    expect(filtered.html).toMatch(/<button[^>]*aria-expanded="true"[^>]*>.*?Filters<\/button>/s);
    expect(panelOf(filtered.html)).not.toContain("hidden");
  });

  it("counts overdue milestones once and speaks plainly", async () => {
    const { html } = await dashboardAndApi(today, "effective");
    const text = visibleText(html);
    const snapshot = await getPortfolioSnapshot(db.prisma, { asOf: today, basis: "effective" });
    expect(snapshot.counts.overdue).toBeGreaterThan(0);
    expect(text).not.toMatch(new RegExp(`${snapshot.counts.overdue} overdue · \\d+ blocked`));
    expect(text).toContain(`${formatPercent(snapshot.progress)} reported`);
    expect(text).not.toMatch(/units? of milestone weight|provenance|\bbasis\b/i);
  });

  it("offers the last report published for the whole portfolio as a quick as-of choice", async () => {
    const before = await dashboardAndApi(today, "effective");
    expect(before.html).not.toContain("Last published report");
    const report = (asOf: string, scope: string | null, n: number) => ({
      asOf: new Date(`${asOf}T00:00:00Z`),
      basis: "recorded",
      filters: {},
      scope,
      document: {},
      sha256: String(n).repeat(64),
      publishedAt: new Date(`2026-11-2${n}T10:00:00Z`),
      publishedById: userIds.analyst,
      publishedByLabel: "Demo Analyst",
    });
    await db.prisma.report.createMany({
      data: [report("2026-10-31", null, 1), report("2026-11-15", "mou-quantum", 2)],
    });
    expect(await latestPortfolioReportView(db.prisma)).toEqual({
      asOf: "2026-10-31",
      basis: "recorded",
    });
    const after = await dashboardAndApi(today, "effective");
    expect(after.html).toMatch(
      /<a[^>]*href="\/dashboard\?asOf=2026-10-31&amp;basis=recorded"[^>]*>Last published report/,
    );
  });
});

describe("a portfolio larger than one page", () => {
  /** The seeded snapshot with its initiatives repeated to `count`, each a distinct initiative. */
  async function largeSnapshot(count: number) {
    const seeded = await getPortfolioSnapshot(db.prisma, { asOf: today, basis: "effective" });
    const initiatives = Array.from({ length: count }, (_, n) => {
      const i = seeded.initiatives[n % seeded.initiatives.length];
      return { ...i, id: `${i.id}-${n}`, slug: `${i.slug}-${n}`, title: `${i.title} #${n + 1}` };
    });
    return { ...seeded, initiatives };
  }

  it("lists one page of initiatives, with links to the pages around it", async () => {
    const snapshot = await largeSnapshot(45);
    const html = visibleText(
      renderDashboard(snapshot, { asOf: today, basis: "effective", today, filters: {}, page: 5 }),
    );
    expect(html).toContain("Initiatives 41–45 of 45");
    expect(html).toContain("Previous (page 4)");
    expect(html).not.toContain("Next (page");
    expect(html).toContain(snapshot.initiatives[44].title);
    expect(html).not.toContain(`${snapshot.initiatives[39].title} `);
  });

  it("orders the whole portfolio most behind first before paging", async () => {
    const snapshot = await largeSnapshot(45);
    const worst = [...snapshot.initiatives].sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0))[0];
    const html = renderDashboard(snapshot, {
      asOf: today,
      basis: "effective",
      today,
      filters: {},
      order: "behind",
    });
    const firstCard = /data-testid="initiative-card"(.*?)<\/li>/s.exec(html)?.[1] ?? "";
    expect(visibleText(firstCard)).toContain(worst.title.split(" #")[0]);
    expect(html).toContain('href="/dashboard?order=behind&amp;page=2#initiatives"');
  });
});

describe("chart data tables", () => {
  const renderView = async (view: DashboardView) =>
    renderDashboard(
      await getPortfolioSnapshot(db.prisma, { asOf: today, basis: "effective" }),
      view,
    );
  const base: DashboardView = { asOf: today, basis: "effective", today, filters: {} };

  it("are sent only when asked for, one at a time, by a link that keeps the view", async () => {
    const closed = await renderView({ ...base, order: "behind" });
    for (const chart of ["initiatives", "timeline", "forecast"])
      expect(closed).toContain(`href="/dashboard?order=behind&amp;table=${chart}#${chart}"`);
    expect(closed.match(/data-testid="data-table"/g) ?? []).toHaveLength(1); // the burn-up's own

    const timeline = await renderView({ ...base, table: "timeline" });
    expect(timeline.match(/data-testid="data-table"/g) ?? []).toHaveLength(2);
    expect(timeline).toContain("Milestones as of");
    expect(timeline).toContain('href="/dashboard#timeline"');
  });
});
