import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  dayToMs,
  daysBetween,
  formatDay,
  formatMonth,
  maxDay,
  minDay,
  msToDay,
  sampleDays,
} from "@/lib/domain/dates";

describe("day arithmetic", () => {
  it("turns a day into UTC milliseconds and back, whatever the machine's zone", () => {
    expect(dayToMs("2026-03-02")).toBe(Date.UTC(2026, 2, 2));
    expect(msToDay(dayToMs("2026-03-02"))).toBe("2026-03-02");
  });
  it("adds days across months and years, and counts them back", () => {
    expect(addDaysIso("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDaysIso("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-08-01", "2026-05-01")).toBe(-92);
  });
  it("finds the earliest and latest day without reordering its input", () => {
    const days = ["2026-09-30", "2026-04-01", "2027-01-15"];
    expect(minDay(days)).toBe("2026-04-01");
    expect(maxDay(days)).toBe("2027-01-15");
    expect(days[0]).toBe("2026-09-30");
  });
  // Whole steps back from the last day, then the first day; across the change to summer time too.
  it.each([
    ["2026-11-01", "2026-11-20", ["2026-11-01", "2026-11-06", "2026-11-13", "2026-11-20"]],
    ["2026-11-06", "2026-11-20", ["2026-11-06", "2026-11-13", "2026-11-20"]],
    ["2026-11-20", "2026-11-20", ["2026-11-20"]],
    ["2026-03-21", "2026-04-04", ["2026-03-21", "2026-03-28", "2026-04-04"]],
  ])("samples weeks from %s to %s", (from, to, days) => {
    expect(sampleDays(from, to)).toEqual(days);
  });
});

describe("day formatting", () => {
  it("prints the calendar day itself, east or west of UTC", () => {
    expect(formatDay("2026-03-02")).toBe("2 Mar 2026");
    expect(formatDay("2026-01-01")).toBe("1 Jan 2026");
  });
  it("prints a dash for a missing day", () => {
    expect(formatDay(null)).toBe("—");
    expect(formatDay(undefined)).toBe("—");
    expect(formatDay("")).toBe("—");
  });
  it("names the month of a day from its digits", () => {
    expect(formatMonth("2026-09-30")).toBe("Sep 2026");
    expect(formatMonth("2027-01-01")).toBe("Jan 2027");
  });
});
