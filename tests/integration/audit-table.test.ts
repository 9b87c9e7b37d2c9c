import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/audit/route";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditPageView } from "@/lib/views/change-set";
import { apiRequest, jsonAnswer, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";

const { db, tokens, userIds } = databaseForFile({ seed: true, accounts: true });

// Changes written straight into the log on a day the seed leaves empty, one minute apart, so
// their order is known: BULK review sets (status and percent complete), then one with values a
// spreadsheet would run as formulas, with quotes, commas, a line break and LIKE wildcards.
const DAY = "2026-11-26";
const BULK = 60;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 8, minute));
const HOSTILE = {
  reason: '=HYPERLINK("http://evil.example","click") said "yes", then\nno; 100%_done',
  oldValue: "@SUM(A1:A9)",
  newValue: '-2 points, "quoted"',
};
let milestone: { id: string; title: string };

beforeAll(async () => {
  const quantum = await db.prisma.initiative.findUniqueOrThrow({ where: { slug: "mou-quantum" } });
  milestone = await db.prisma.milestone.findFirstOrThrow({
    where: { initiativeId: quantum.id },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  const by = { authorId: userIds.analyst, authorLabel: "Demo Analyst" };
  const data: Prisma.ChangeEventCreateManyInput[] = [];
  for (let n = 1; n <= BULK; n++) {
    const common = {
      ...by,
      changeSetId: `test-bulk-${String(n).padStart(2, "0")}`,
      entityType: "milestone" as const,
      initiativeId: quantum.id,
      milestoneId: milestone.id,
      effectiveDate: new Date(`${DAY}T00:00:00Z`),
      recordedAt: at(n),
      reason: `Bulk review ${n}`,
    };
    data.push({ ...common, field: "status", oldValue: "not_started", newValue: "in_progress" });
    data.push({ ...common, field: "percentComplete", oldValue: "0", newValue: String(n) });
  }
  data.push({
    ...by,
    ...HOSTILE,
    changeSetId: "test-hostile",
    entityType: "initiative",
    initiativeId: quantum.id,
    field: "summary",
    effectiveDate: new Date(`${DAY}T00:00:00Z`),
    recordedAt: at(BULK + 1),
  });
  await db.prisma.changeEvent.createMany({ data });
});

const get = (query: string, token = tokens.analyst) =>
  auditRoute(apiRequest(`/api/audit${query}`, { token }), noParams);
async function page(query: string): Promise<AuditPageView> {
  const { status, body } = await jsonAnswer(get(query));
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}
const setIds = (view: AuditPageView) => view.changeSets.map((s) => s.changeSetId);
const bulkIds = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `test-bulk-${String(to - i).padStart(2, "0")}`);

/** The change sets and events matching `where`, counted by the database through Prisma. */
async function oracle(where: Prisma.ChangeEventWhereInput) {
  const events = await db.prisma.changeEvent.findMany({ where, select: { changeSetId: true } });
  return { sets: new Set(events.map((e) => e.changeSetId)), events: events.length };
}

describe("GET /api/audit: one page of change sets", () => {
  it("counts every change set and field change, and pages through all of them once, newest first", async () => {
    const all = await oracle({});
    expect(all.sets.size).toBeGreaterThan(150);
    const first = await page("");
    expect(first).toMatchObject({
      page: 1,
      pageSize: 50,
      total: all.sets.size,
      totalEvents: all.events,
      pageCount: Math.ceil(all.sets.size / 50),
    });
    // Nothing in the seed was recorded after the test's changes: they fill the first page.
    expect(setIds(first)).toEqual(["test-hostile", ...bulkIds(12, BULK)]);

    const seen: string[] = [];
    const recorded: string[] = [];
    for (let n = 1; n <= first.pageCount; n++) {
      const view = await page(`?page=${n}`);
      const expectedLength = n < first.pageCount ? 50 : all.sets.size - 50 * (n - 1);
      expect(view.changeSets).toHaveLength(expectedLength);
      seen.push(...setIds(view));
      recorded.push(...view.changeSets.map((s) => s.recordedAt));
      // The flat list earlier clients read is the page's events in the same order.
      expect(view.events.map((e) => e.id)).toEqual(
        view.changeSets.flatMap((s) => s.events.map((e) => e.id)),
      );
    }
    expect(seen).toHaveLength(all.sets.size);
    expect(new Set(seen)).toEqual(all.sets);
    expect(recorded).toEqual([...recorded].sort().reverse());
  });

  it("groups a change's events under one set with its reason, author and evidence", async () => {
    const view = await page(`?from=${DAY}&to=${DAY}&pageSize=2`);
    expect(view).toMatchObject({ total: BULK + 1, totalEvents: 2 * BULK + 1, pageCount: 31 });
    const [hostile, bulk] = view.changeSets;
    expect(hostile).toMatchObject({
      changeSetId: "test-hostile",
      author: "Demo Analyst",
      reason: HOSTILE.reason,
      evidenceUrl: null,
      recordedAt: at(BULK + 1).toISOString(),
      effectiveDate: DAY,
    });
    expect(hostile.events.map((e) => [e.field, e.oldValue, e.newValue, e.milestone])).toEqual([
      ["summary", HOSTILE.oldValue, HOSTILE.newValue, null],
    ]);
    expect(bulk.changeSetId).toBe(`test-bulk-${BULK}`);
    expect(bulk.events.map((e) => e.field).sort()).toEqual(["percentComplete", "status"]);
    expect(bulk.events.every((e) => e.milestone?.id === milestone.id)).toBe(true);
    expect(bulk.events[0].initiative).toEqual({
      slug: "mou-quantum",
      title: expect.any(String),
    });
  });

  it("pages with a chosen size, and answers an empty page past the end", async () => {
    const third = await page(`?from=${DAY}&to=${DAY}&pageSize=25&page=3`);
    expect(third).toMatchObject({ page: 3, pageSize: 25, pageCount: 3, total: BULK + 1 });
    expect(setIds(third)).toEqual(bulkIds(1, 11));
    const beyond = await page(`?from=${DAY}&to=${DAY}&page=9`);
    expect(beyond).toMatchObject({ page: 9, total: BULK + 1, pageCount: 2, changeSets: [] });
  });
});

describe("GET /api/audit: filters, in SQL", () => {
  it("a field filter keeps only that field's events, and their change sets", async () => {
    const view = await page(`?from=${DAY}&to=${DAY}&field=percentComplete&pageSize=100`);
    expect(view).toMatchObject({ total: BULK, totalEvents: BULK });
    expect(setIds(view)).toEqual(bulkIds(1, BULK));
    expect(view.changeSets.every((s) => s.events.length === 1)).toBe(true);
    expect(view.events.map((e) => e.newValue)).toEqual(
      bulkIds(1, BULK).map((_, i) => `${BULK - i}`),
    );
  });

  it("a person filter matches the e-mail or the recorded name, in any case", async () => {
    const mine = await oracle({ authorId: userIds.analyst });
    for (const author of ["analyst@corridor.test", "ANALYST@corridor.test", "demo analyst"]) {
      const view = await page(`?author=${encodeURIComponent(author)}&pageSize=100`);
      expect(view.total, author).toBe(mine.sets.size);
      expect(new Set(setIds(view))).toEqual(mine.sets);
    }
    expect((await page("?author=nobody@corridor.test")).total).toBe(0);
  });

  it("searches reasons, entity titles, values and people, and ignores surrounding spaces", async () => {
    // "Bulk review 1" is in sets 1 and 10 to 19.
    const reason = await page(`?q=${encodeURIComponent("  bulk REVIEW 1 ")}`);
    expect(setIds(reason)).toEqual([...bulkIds(10, 19), "test-bulk-01"]);

    const word = milestone.title.slice(0, 12);
    const titled = await oracle({
      OR: [
        { milestone: { title: { contains: word, mode: "insensitive" } } },
        { initiative: { title: { contains: word, mode: "insensitive" } } },
        { reason: { contains: word, mode: "insensitive" } },
        { oldValue: { contains: word, mode: "insensitive" } },
        { newValue: { contains: word, mode: "insensitive" } },
      ],
    });
    const byTitle = await page(`?q=${encodeURIComponent(word)}&pageSize=100`);
    expect(byTitle.total).toBe(titled.sets.size);
    expect(new Set(setIds(byTitle))).toEqual(titled.sets);
    expect(titled.sets.has("test-bulk-01")).toBe(true);

    const value = await page(`?q=${encodeURIComponent('2 points, "quoted')}`);
    expect(setIds(value)).toEqual(["test-hostile"]);
    const person = await page(`?q=demo%20analyst&from=${DAY}&pageSize=100`);
    expect(person.total).toBe(BULK + 1);
  });

  it("takes % and _ in a search literally", async () => {
    expect(setIds(await page(`?q=${encodeURIComponent("100%_done")}`))).toEqual(["test-hostile"]);
    expect((await page(`?q=${encodeURIComponent("%%")}`)).total).toBe(0);
    expect((await page("?q=__")).total).toBe(0);
    expect((await page(`?q=${encodeURIComponent("0%_d")}`)).total).toBe(1);
  });

  it("combines filters: initiative, field label words, recorded days", async () => {
    const view = await page(`?initiative=mou-quantum&q=percent&from=${DAY}&to=${DAY}`);
    // "percent" names the percentComplete field (its label is "Percent complete").
    expect(view).toMatchObject({ total: BULK, totalEvents: BULK });
    expect((await page(`?initiative=mou-quantum&from=2026-11-27&to=2026-11-27`)).total).toBe(0);
    const other = await page(`?initiative=mou-ai-cooperation&from=${DAY}&to=${DAY}`);
    expect(other.total).toBe(0);
  });
});

describe("GET /api/audit: bounds", () => {
  it.each([
    ["page=0"],
    ["page=-1"],
    ["page=abc"],
    ["page=1.5"],
    ["page=1000001"],
    ["pageSize=0"],
    ["pageSize=101"],
    ["pageSize=ten"],
    ["q=a"],
    [`q=${"x".repeat(101)}`],
    ["q=ab%00cd"],
    ["q=ab%0Acd"],
    ["from=2026-12-01&to=2026-11-01"],
    ["from=2026-02-30"],
    ["format=xlsx"],
    ["limit=10"],
    ["sort=asc"],
  ])("refuses %s with a 400", async (query) => {
    const { status, body } = await jsonAnswer(get(`?${query}`));
    expect(status).toBe(400);
    expect(body.code).toBe("invalid");
  });

  it("accepts a search of exactly 100 characters and leaves out empty parameters", async () => {
    expect((await get(`?q=${"x".repeat(100)}`)).status).toBe(200);
    const view = await page(`?q=&author=&page=&from=${DAY}&to=${DAY}`);
    expect(view.total).toBe(BULK + 1);
  });

  it("is for analysts and admins; an unknown initiative is a 404", async () => {
    expect((await get("", tokens.admin)).status).toBe(200);
    expect((await get("", tokens.executive)).status).toBe(403);
    expect((await get("?format=csv", tokens.executive)).status).toBe(403);
    expect((await get("?initiative=no-such-initiative")).status).toBe(404);
  });
});

describe("GET /api/audit?format=csv", () => {
  async function download(query: string) {
    const res = await get(`?format=csv&${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="corridor-audit-2026-11-28\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    return { bytes, text, rows: parsed.data, header: parsed.meta.fields };
  }

  it("writes every filtered field change, whatever the page, with a BOM and a header row", async () => {
    const { bytes, rows, header } = await download(`from=${DAY}&to=${DAY}&page=2&pageSize=5`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([
      "recorded_at_utc",
      "change_id",
      "author",
      "initiative_slug",
      "initiative",
      "milestone_id",
      "milestone",
      "field",
      "old_value",
      "new_value",
      "effective_date",
      "reason",
      "evidence_url",
      "confidence",
    ]);
    expect(rows).toHaveLength(2 * BULK + 1);
    expect(rows.map((r) => r.change_id).slice(0, 5)).toEqual([
      "test-hostile",
      `test-bulk-${BULK}`,
      `test-bulk-${BULK}`,
      `test-bulk-${BULK - 1}`,
      `test-bulk-${BULK - 1}`,
    ]);
    expect(rows[1]).toMatchObject({
      recorded_at_utc: at(BULK).toISOString(),
      author: "Demo Analyst",
      initiative_slug: "mou-quantum",
      milestone_id: milestone.id,
      milestone: milestone.title,
      effective_date: DAY,
      reason: `Bulk review ${BULK}`,
      evidence_url: "",
    });
  });

  it("neutralises formula cells and quotes commas, quotes and line breaks (RFC 4180)", async () => {
    const { text, rows } = await download(`q=${encodeURIComponent("100%_done")}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      change_id: "test-hostile",
      field: "summary",
      old_value: `'${HOSTILE.oldValue}`,
      new_value: `'${HOSTILE.newValue}`,
      reason: `'${HOSTILE.reason}`,
      milestone_id: "",
    });
    expect(text).toContain(`"'-2 points, ""quoted"""`);
    expect(text).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click"") said ""yes"", then\nno;`,
    );
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("exports the same selection the table shows", async () => {
    const view = await page(`?field=percentComplete&from=${DAY}&to=${DAY}&pageSize=100`);
    const { rows } = await download(`field=percentComplete&from=${DAY}&to=${DAY}`);
    expect(rows.map((r) => r.change_id)).toEqual(setIds(view));
    expect(rows.map((r) => r.new_value)).toEqual(view.events.map((e) => e.newValue));
  });
});
