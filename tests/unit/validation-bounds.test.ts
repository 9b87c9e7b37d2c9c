import { describe, expect, test } from "vitest";
import { ZIsoDay } from "@/lib/validation/common";
import { zInitiativePatch } from "@/lib/validation/initiative";
import { zMilestonePatch } from "@/lib/validation/milestone";

describe("dates are bounded to 2000–2100", () => {
  test.each(["0100-01-01", "1999-12-31", "2101-01-01", "9999-12-31"])("%s is refused", (day) => {
    const result = ZIsoDay.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("between 2000-01-01 and 2100-12-31");
  });

  test.each(["2000-01-01", "2026-06-30", "2100-12-31"])("%s is accepted", (day) => {
    expect(ZIsoDay.safeParse(day).success).toBe(true);
  });

  test("a planned date of 9999 in a milestone change is refused on that field", () => {
    const result = zMilestonePatch("2026-11-28").safeParse({
      version: 1,
      plannedDate: "9999-01-01",
      reason: "Typo check",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["plannedDate"]);
  });
});

describe("bodies that are not objects", () => {
  test.each([null, [], "text", 3])("an initiative change of %j is refused, not thrown", (body) => {
    const result = zInitiativePatch("2026-11-28").safeParse(body);
    expect(result.success).toBe(false);
  });
});
