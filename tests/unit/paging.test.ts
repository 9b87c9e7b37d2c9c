import { describe, expect, it } from "vitest";
import { mostBehindFirst, pageOf } from "@/lib/domain/paging";

const items = Array.from({ length: 53 }, (_, n) => n + 1);

describe("pageOf", () => {
  it("returns the requested page with its positions", () => {
    expect(pageOf(items, 2, 25)).toMatchObject({
      items: items.slice(25, 50),
      page: 2,
      pageCount: 3,
      total: 53,
      from: 26,
      to: 50,
    });
  });

  it("clamps a page past the end to the last page, and a missing one to the first", () => {
    expect(pageOf(items, 9, 25)).toMatchObject({ page: 3, from: 51, to: 53 });
    expect(pageOf(items, undefined, 25)).toMatchObject({ page: 1, from: 1, to: 25 });
  });

  it("has one empty page for no items", () => {
    expect(pageOf([], 3, 25)).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
      from: 0,
      to: 0,
    });
  });
});

describe("mostBehindFirst", () => {
  it("puts the most negative gap first, no scope last, and keeps ties in order", () => {
    const rows = [
      { id: "a", gap: -5 },
      { id: "b", gap: null },
      { id: "c", gap: -30 },
      { id: "d", gap: -5 },
      { id: "e", gap: 12 },
    ];
    expect(mostBehindFirst(rows).map((r) => r.id)).toEqual(["c", "a", "d", "e", "b"]);
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
