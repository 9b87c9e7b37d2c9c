import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/search/route";
import { toIsoDay } from "@/lib/domain/dates";
import { SEARCH_GROUP_LIMIT } from "@/lib/server/search";
import type { SearchResults } from "@/lib/views/search";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

// A status update whose words hold LIKE's wildcards, to show they are taken literally.
const WILDCARD_BODY = "Reached 100% of the plan_b targets; the rest (about 5%) waits on KHNP.";

beforeAll(async () => {
  const smr = await db.prisma.initiative.findUniqueOrThrow({
    where: { slug: "mou-small-modular-reactors" },
  });
  await db.prisma.statusUpdate.create({
    data: {
      initiativeId: smr.id,
      health: "at_risk",
      body: WILDCARD_BODY,
      effectiveDate: new Date("2026-11-27T00:00:00Z"),
      authorLabel: "Demo Analyst",
    },
  });
});

const get = (query: string, token: string | null = tokens.executive) =>
  searchRoute(apiRequest(`/api/search${query}`, { token: token ?? undefined }), noParams);
async function search(q: string): Promise<SearchResults> {
  const { status, body } = await jsonAnswer(get(`?q=${encodeURIComponent(q)}`));
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}
const totals = (r: SearchResults) => [
  r.initiatives.total,
  r.milestones.total,
  r.statusUpdates.total,
  r.sources.total,
];

/** What each group should hold, asked of the database through Prisma's own filters. */
async function oracle(q: string) {
  const has = { contains: q, mode: "insensitive" as const };
  const initiatives = await db.prisma.initiative.findMany({
    where: { OR: [{ title: has }, { summary: has }, { owner: has }] },
    orderBy: { position: "asc" },
    select: { slug: true },
  });
  const milestones = await db.prisma.milestone.findMany({
    where: { OR: [{ title: has }, { description: has }] },
    orderBy: [{ initiative: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const updates = await db.prisma.statusUpdate.findMany({
    where: { body: has },
    orderBy: [{ effectiveDate: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  const sources = await db.prisma.source.findMany({
    where: { OR: [{ title: has }, { publisher: has }, { note: has }, { url: has }] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return {
    initiatives: initiatives.map((i) => i.slug),
    milestones: milestones.map((m) => m.id),
    updates: updates.map((u) => u.id),
    sources: sources.map((s) => s.id),
  };
}

describe("GET /api/search", () => {
  it("finds initiatives, milestones, status updates and sources, case-insensitively", async () => {
    const expected = await oracle("quantum");
    expect(expected.initiatives).toContain("mou-quantum");
    expect(expected.milestones.length).toBeGreaterThan(0);
    expect(expected.updates.length).toBeGreaterThan(0);
    for (const q of ["quantum", "QUANTUM", "  Quantum "]) {
      const r = await search(q);
      expect(r.q).toBe(q.trim());
      expect(r.initiatives.items.map((i) => i.slug)).toEqual(expected.initiatives);
      expect(r.milestones.items.map((m) => m.id)).toEqual(expected.milestones);
      expect(r.statusUpdates.items.map((u) => u.id)).toEqual(expected.updates);
      expect(r.sources.items.map((s) => s.id)).toEqual(expected.sources);
      expect(totals(r)).toEqual([
        expected.initiatives.length,
        expected.milestones.length,
        expected.updates.length,
        expected.sources.length,
      ]);
    }
  });

  it("gives each hit what its link needs: the initiative, the milestone id, the day", async () => {
    const r = await search("quantum");
    const quantum = await db.prisma.initiative.findUniqueOrThrow({
      where: { slug: "mou-quantum" },
      include: {
        milestones: { select: { id: true, title: true, plannedDate: true, status: true } },
      },
    });
    const hit = r.initiatives.items.find((i) => i.slug === "mou-quantum");
    expect(hit).toMatchObject({ slug: "mou-quantum", title: quantum.title });
    for (const i of r.initiatives.items)
      expect(`${i.title} ${i.excerpt}`.toLowerCase()).toContain("quantum");
    for (const hit of r.milestones.items) {
      const stored = await db.prisma.milestone.findUniqueOrThrow({
        where: { id: hit.id },
        include: { initiative: { select: { slug: true, title: true } } },
      });
      expect(hit).toEqual({
        id: stored.id,
        title: stored.title,
        status: stored.status,
        plannedDate: toIsoDay(stored.plannedDate),
        initiative: stored.initiative,
      });
    }
    expect(r.statusUpdates.items.length).toBeGreaterThan(0);
    for (const hit of r.statusUpdates.items) {
      expect(hit.excerpt.toLowerCase()).toContain("quantum");
      expect(hit.excerpt.length).toBeLessThanOrEqual(182);
      expect(hit.initiative.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("lists every initiative that cites a source: directly, on a milestone or for its window", async () => {
    const r = await search("report");
    expect(r.sources.items.length).toBeGreaterThan(0);
    for (const hit of r.sources.items) {
      const stored = await db.prisma.source.findUniqueOrThrow({
        where: { id: hit.id },
        select: {
          url: true,
          initiatives: { select: { slug: true } },
          milestones: { select: { initiative: { select: { slug: true } } } },
          targetFor: { select: { slug: true } },
        },
      });
      const citing = new Set([
        ...stored.initiatives.map((i) => i.slug),
        ...stored.milestones.map((m) => m.initiative.slug),
        ...stored.targetFor.map((i) => i.slug),
      ]);
      expect(hit.url).toBe(stored.url);
      expect(hit.initiatives.map((i) => i.slug)).toHaveLength(citing.size);
      expect(new Set(hit.initiatives.map((i) => i.slug))).toEqual(citing);
    }
  });

  it(`lists at most ${SEARCH_GROUP_LIMIT} hits a group and counts the rest`, async () => {
    const expected = await oracle("report");
    expect(expected.sources.length).toBeGreaterThan(SEARCH_GROUP_LIMIT);
    const r = await search("report");
    expect(r.sources.total).toBe(expected.sources.length);
    expect(r.sources.items.map((s) => s.id)).toEqual(expected.sources.slice(0, SEARCH_GROUP_LIMIT));
  });

  it("takes %, _ and \\ in the words literally", async () => {
    const r = await search("100% of the plan_b");
    expect(totals(r)).toEqual([0, 0, 1, 0]);
    expect(r.statusUpdates.items[0].excerpt).toBe(WILDCARD_BODY);
    expect(totals(await search("5%)"))).toEqual([0, 0, 1, 0]);
    for (const q of ["%%", "__", "%_", "\\%", "a\\b"])
      expect(totals(await search(q)), q).toEqual([0, 0, 0, 0]);
  });

  it.each([
    ["", "no q"],
    ["?q=", "an empty q"],
    ["?q=%20a%20", "one character after trimming"],
    [`?q=${"x".repeat(101)}`, "101 characters"],
    ["?q=ab%00", "a NUL character"],
    ["?q=ab%09cd", "a tab"],
    ["?q=quantum&page=2", "an unknown parameter"],
  ])("refuses %s (%s) with a 400", async (query) => {
    const { status, body } = await jsonAnswer(get(query));
    expect(status).toBe(400);
    expect(body.code).toBe("invalid");
    expect(body.fieldErrors).toBeDefined();
  });

  it("accepts 100 characters, and is open to every signed-in role only", async () => {
    expect(totals(await search("y".repeat(100)))).toEqual([0, 0, 0, 0]);
    for (const token of [tokens.admin, tokens.analyst, tokens.executive])
      expect((await get("?q=quantum", token)).status).toBe(200);
    expect((await get("?q=quantum", null)).status).toBe(401);
  });
});
