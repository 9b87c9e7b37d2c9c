import { describe, expect, it } from "vitest";
import { dayPercent, monthTicks, timeAxis } from "@/components/dashboard/chart-axis";

describe("chart axes", () => {
  it("places a day on the axis in percent, clamped to its ends", () => {
    expect(dayPercent("2026-01-11", "2026-01-01", "2026-01-21")).toBe(50);
    expect(dayPercent("2025-12-01", "2026-01-01", "2026-01-21")).toBe(0);
    expect(dayPercent("2026-03-01", "2026-01-01", "2026-01-21")).toBe(100);
    expect(dayPercent("2026-01-02", "2026-01-01", "2026-01-04")).toBe(33.33);
  });
  it("ticks on first days of months, aligned to the step", () => {
    expect(monthTicks("2026-02-15", "2026-06-01", 1)).toEqual([
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
    ]);
    expect(monthTicks("2026-02-01", "2027-02-01", 3)).toEqual([
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
      "2027-01-01",
    ]);
  });
  it("covers every day with whole months, rolling over the year end", () => {
    const axis = timeAxis(["2026-12-15", "2026-03-02"]);
    expect([axis.from, axis.to]).toEqual(["2026-03-01", "2027-01-01"]);
    expect(axis.ticks[0]).toBe("2026-03-01");
    expect(axis.ticks).toHaveLength(11);
  });
  it("ticks quarterly once the axis spans more than 15 months", () => {
    const axis = timeAxis(["2026-03-02", "2027-09-30"]);
    expect(axis.ticks).toEqual([
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
      "2027-01-01",
      "2027-04-01",
      "2027-07-01",
      "2027-10-01",
    ]);
  });
  it("ticks half-yearly beyond three years and yearly beyond five", () => {
    expect(timeAxis(["2024-04-10", "2028-07-16"]).ticks).toEqual([
      "2024-07-01",
      "2025-01-01",
      "2025-07-01",
      "2026-01-01",
      "2026-07-01",
      "2027-01-01",
      "2027-07-01",
      "2028-01-01",
      "2028-07-01",
    ]);
    expect(timeAxis(["2024-01-10", "2030-02-01"]).ticks).toEqual([
      "2024-01-01",
      "2025-01-01",
      "2026-01-01",
      "2027-01-01",
      "2028-01-01",
      "2029-01-01",
      "2030-01-01",
    ]);
  });
});
