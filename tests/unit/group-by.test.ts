import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/domain/group-by";

describe("groupBy", () => {
  it("keeps each group's items in order and the groups in first-seen order", () => {
    const rows = [
      { id: "a", initiativeId: "x" },
      { id: "b", initiativeId: "y" },
      { id: "c", initiativeId: "x" },
    ];
    const groups = groupBy(rows, (r) => r.initiativeId);
    expect([...groups.keys()]).toEqual(["x", "y"]);
    expect(groups.get("x")?.map((r) => r.id)).toEqual(["a", "c"]);
    expect(groups.get("y")?.map((r) => r.id)).toEqual(["b"]);
  });

  it("has no groups for no items", () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
