import { describe, expect, it } from "vitest";
import { MID_2026_WINDOW } from "@/lib/constants";
import { DEFAULT_WINDOW, portfolioWindow } from "@/lib/domain/target-window";
import { MID_2026_TARGET } from "@/prisma/seed/target";

describe("target windows", () => {
  it("falls back to the brief's mid-2026 window when nothing is in view", () => {
    expect(portfolioWindow([])).toEqual(DEFAULT_WINDOW);
    expect(DEFAULT_WINDOW).toEqual({
      start: "2026-04-01",
      end: "2026-09-30",
      label: "mid-2026",
      kind: "external_expectation",
    });
  });
  it("spans every initiative's window and keeps a label they share", () => {
    const kind = "external_expectation" as const;
    const a = { start: "2026-04-01", end: "2026-09-30", label: "mid-2026", kind };
    const b = { start: "2026-03-01", end: "2026-12-31", label: "mid-2026", kind };
    expect(portfolioWindow([a, b])).toEqual({
      start: "2026-03-01",
      end: "2026-12-31",
      label: "mid-2026",
      kind,
    });
    expect(portfolioWindow([a, { ...b, label: "end of 2026" }]).label).toBe("target windows");
  });
  it("gives the seed the same window, with the note on where it comes from", () => {
    expect(MID_2026_TARGET).toMatchObject({ ...MID_2026_WINDOW, kind: "external_expectation" });
    expect(MID_2026_TARGET.note).toMatch(/no official source/);
  });
});
