import { describe, expect, it } from "vitest";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { getInitiativeView } from "@/lib/server/initiative-as-of";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { TODAY as today } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

type ApiInitiative = {
  slug: string;
  progress: number | null;
  expectedProgress: number | null;
  gap: number | null;
  schedule: string;
  verdict: string;
  window: string;
};

const portfolio = async (query: string) =>
  (
    await jsonAnswer(
      getPortfolio(apiRequest(`/api/portfolio${query}`, { token: tokens.executive }), noParams),
    )
  ).body as { gap: number | null; verdict: string; initiatives: ApiInitiative[] };

describe("one gap definition", () => {
  it.each([
    ["today", null],
    ["30 Jun 2026", "2026-06-30"],
  ])(
    "gives every initiative the same gap in GET /api/portfolio and on its page (%s)",
    async (_, asOf) => {
      const api = await portfolio(asOf ? `?asOf=${asOf}` : "");
      expect(api.initiatives.length).toBeGreaterThan(0);
      for (const i of api.initiatives) {
        // The definition: reported progress minus progress due by the as-of date.
        expect(i.gap).toBeCloseTo(i.progress! - i.expectedProgress!, 9);
        const page = await getInitiativeView(db.prisma, i.slug, today, {
          asOf,
          basis: "effective",
        });
        expect(page.schedule.gap).toBeCloseTo(i.gap!, 9);
        expect(page.schedule.schedule).toBe(i.schedule);
        expect(page.schedule.verdict).toBe(i.verdict);
        expect(page.schedule.window).toBe(i.window);
      }
    },
  );

  it("says once the brief's window has closed what was done against what was due", async () => {
    const api = await portfolio("");
    for (const i of api.initiatives) expect(i.window).toMatch(/^Window closed /);
    const june = await portfolio("?asOf=2026-06-30");
    for (const i of june.initiatives) expect(i.window).toMatch(/^Window open until /);
    expect(api.verdict).toMatch(
      /^As of 28 Nov 2026 the 7 initiatives are \d+% done against \d+% due/,
    );
  });
});
