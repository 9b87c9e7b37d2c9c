import { describe, expect, it } from "vitest";
import {
  expectedOnLabel,
  formatGap,
  formatPercent,
  inScope,
  isBehind,
  isInScope,
} from "@/lib/domain/progress";

describe("progress wording", () => {
  it("rounds percentages and marks unknown ones", () => {
    expect(formatPercent(33.4)).toBe("33%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(null)).toBe("—");
  });
  it("signs gaps in points, with a true minus", () => {
    expect(formatGap(4.4)).toBe("+4 pts");
    expect(formatGap(-33)).toBe("−33 pts");
    expect(formatGap(0.3)).toBe("±0 pts");
    expect(formatGap(null)).toBe("—");
  });
  it("says 'today' only on today's view", () => {
    expect(expectedOnLabel("2026-11-28", "2026-11-28")).toBe("expected today");
    expect(expectedOnLabel("2026-04-01", "2026-11-28")).toBe("expected by 1 Apr 2026");
  });
});

describe("behind and in scope", () => {
  it("counts more than half a point short as behind", () => {
    expect(isBehind(49.6, 50)).toBe(false);
    expect(isBehind(49.4, 50)).toBe(true);
    expect(isBehind(null, 50)).toBe(false);
    expect(isBehind(10, null)).toBe(false);
  });
  it("leaves only cancelled milestones out of scope", () => {
    expect(isInScope({ status: "cancelled" })).toBe(false);
    expect(isInScope({ status: "blocked" })).toBe(true);
    const list = [{ status: "done" as const }, { status: "cancelled" as const }];
    expect(inScope(list)).toEqual([{ status: "done" }]);
  });
});
