import { describe, expect, it } from "vitest";
import { GET as getPortfolio } from "@/app/api/portfolio/route";
import { summariseChanges } from "@/lib/server/change-summary";
import { getPortfolioSnapshot } from "@/lib/server/dashboard";
import { readDataVersion } from "@/lib/server/versioned-cache";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { untouchedMilestone } from "./support/milestones";
import { patchMilestone } from "./support/routes";
import { TODAY as today } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

const view = { asOf: today, basis: "effective" as const };
const snapshot = () => getPortfolioSnapshot(db.prisma, view);
const timelineEntry = async (milestoneId: string) =>
  (await snapshot()).initiatives.flatMap((i) => i.timeline).find((m) => m.id === milestoneId);

type ApiTimeline = { initiatives: { timeline: { id: string; status: string }[] }[] };
async function apiStatus(milestoneId: string) {
  const res = await jsonAnswer(
    getPortfolio(apiRequest("/api/portfolio", { token: tokens.executive }), noParams),
  );
  expect(res.status).toBe(200);
  return (res.body as ApiTimeline).initiatives
    .flatMap((i) => i.timeline)
    .find((m) => m.id === milestoneId)?.status;
}

describe("the data version and the caches keyed on it", () => {
  it("serves the same computed snapshot while nothing is written, frozen against changes", async () => {
    const first = await snapshot();
    expect(await snapshot()).toBe(first);
    // Outside production, a cached value is frozen: a caller cannot corrupt other requests.
    expect(() => (first.initiatives as unknown[]).push({})).toThrow(TypeError);
  });

  it("raises the version on a write through the API, and the next read shows the change", async () => {
    const m = await untouchedMilestone(db.prisma);
    const before = await readDataVersion(db.prisma);
    expect((await timelineEntry(m.id))?.status).toBe("not_started");
    expect(await apiStatus(m.id)).toBe("not_started");

    const res = await patchMilestone(tokens.analyst, m.id, {
      version: m.version,
      status: "in_progress",
      percentComplete: 10,
      reason: "Kick-off held",
      effectiveDate: today,
    });
    expect(res.status).toBe(200);

    expect(await readDataVersion(db.prisma)).toBeGreaterThan(before);
    expect((await timelineEntry(m.id))?.status).toBe("in_progress");
    expect(await apiStatus(m.id)).toBe("in_progress");
  });

  it('counts a write in "What changed" on the next read, and serves the same summary until then', async () => {
    // Recorded times are the real clock's, not the pinned today: the period reaches past both.
    const period = { from: today, to: "2099-12-31", latest: 60 };
    const before = await summariseChanges(db.prisma, period);
    expect(await summariseChanges(db.prisma, period)).toBe(before);
    const m = await untouchedMilestone(db.prisma);
    const res = await patchMilestone(tokens.analyst, m.id, {
      version: m.version,
      status: "in_progress",
      percentComplete: 5,
      reason: "Working group met",
      effectiveDate: today,
    });
    expect(res.status).toBe(200);
    const after = await summariseChanges(db.prisma, period);
    expect(after.total).toBeGreaterThan(before.total);
    expect(after.latest[0]?.milestone?.id).toBe(m.id);
  });

  it("raises the version on a write that bypasses the app's code (a trigger, not a convention)", async () => {
    const m = await untouchedMilestone(db.prisma);
    const cached = await snapshot();
    const before = await readDataVersion(db.prisma);
    await db.prisma
      .$executeRaw`UPDATE "milestone" SET "title" = ${"Renamed by hand"} WHERE "id" = ${m.id}`;
    expect(await readDataVersion(db.prisma)).toBe(before + 1n);
    const after = await snapshot();
    expect(after).not.toBe(cached);
    expect(after.initiatives.flatMap((i) => i.timeline).find((t) => t.id === m.id)?.title).toBe(
      "Renamed by hand",
    );
  });

  it("keeps a rolled-back write out of the version and out of every shared cache", async () => {
    const m = await untouchedMilestone(db.prisma);
    const before = await readDataVersion(db.prisma);
    const cached = await snapshot();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "milestone" SET "title" = ${"Never committed"} WHERE "id" = ${m.id}`;
        // Computed inside the transaction: it sees the uncommitted change, and must not be shared.
        const inside = await getPortfolioSnapshot(tx as unknown as typeof db.prisma, view);
        const title = inside.initiatives
          .flatMap((i) => i.timeline)
          .find((t) => t.id === m.id)?.title;
        expect(title).toBe("Never committed");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await readDataVersion(db.prisma)).toBe(before);
    expect(await snapshot()).toBe(cached);
    expect((await timelineEntry(m.id))?.title).toBe(m.title);
  });
});
