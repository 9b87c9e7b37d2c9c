import { describe, expect, it } from "vitest";
import {
  dayInputText,
  FIRST_INPUT_DAY,
  formatDay,
  formatMoment,
  LAST_INPUT_DAY,
  parseDayInput,
} from "@/lib/domain/dates";
import { EARLIEST_DAY, LATEST_DAY } from "@/lib/validation/common";

const HOW_TO_WRITE = "Write a date such as 28 Nov 2026 (or 2026-11-28, or 28/11/2026).";

describe("parseDayInput: what a date field accepts", () => {
  it.each([
    ["28 Nov 2026", "2026-11-28"],
    ["28 nov 2026", "2026-11-28"],
    ["28 November 2026", "2026-11-28"],
    ["28 Nov. 2026", "2026-11-28"],
    ["28 Nov, 2026", "2026-11-28"],
    ["2 Mar 2026", "2026-03-02"],
    ["30 Sept 2026", "2026-09-30"],
    ["30 Sep 2026", "2026-09-30"],
    ["  3   March 2026 ", "2026-03-03"],
    ["2026-11-28", "2026-11-28"],
    ["28/11/2026", "2026-11-28"],
    ["2/3/2026", "2026-03-02"],
    ["29 Feb 2028", "2028-02-29"],
  ])("reads %j as %s", (text, day) => {
    expect(parseDayInput(text)).toEqual({ value: day, day, problem: null });
  });

  it("reads what formatDay writes, for every month, back to the same day", () => {
    const days = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}-15`);
    expect(days.map((day) => parseDayInput(formatDay(day)).day)).toEqual(days);
  });

  it("treats an empty or blank field as no day, with nothing to complain about", () => {
    expect(parseDayInput("")).toEqual({ value: "", day: null, problem: null });
    expect(parseDayInput("   ")).toEqual({ value: "", day: null, problem: null });
  });

  it.each([
    ["28 Nov 26", "Write the year in full, such as 2026."],
    ["28/11/26", "Write the year in full, such as 2026."],
    ["11/28/2026", "There is no month 28: write the day first, such as 28/11/2026."],
    ["31 Feb 2026", "Feb 2026 has no day 31."],
    ["29/02/2027", "Feb 2027 has no day 29."],
    ["2026-02-30", "Feb 2026 has no day 30."],
    ["0 Nov 2026", "Nov 2026 has no day 0."],
    ["2026-13-01", "There is no month 13: write the day first, such as 28/11/2026."],
    ["28 Ma 2026", HOW_TO_WRITE],
    ["28 Novembre 2026", HOW_TO_WRITE],
    ["Nov 28 2026", HOW_TO_WRITE],
    ["2026-1-5", HOW_TO_WRITE],
    ["28.11.2026", HOW_TO_WRITE],
    ["tomorrow", HOW_TO_WRITE],
    ["0099-01-01", "Choose a day between 1 Jan 2000 and 31 Dec 2100."],
  ])("refuses %j: %s", (text, problem) => {
    expect(parseDayInput(text)).toEqual({ value: text.trim(), day: null, problem });
  });

  it("keeps a refused text as typed (spaces tidied), so the server refuses it instead of reading it as empty", () => {
    expect(parseDayInput(" 31  Feb 2026 ").value).toBe("31 Feb 2026");
  });

  it("keeps the server's bounds, 2000-01-01 to 2100-12-31", () => {
    expect([FIRST_INPUT_DAY, LAST_INPUT_DAY]).toEqual([EARLIEST_DAY, LATEST_DAY]);
    expect(parseDayInput("1 Jan 2000").problem).toBeNull();
    expect(parseDayInput("31 Dec 2100").problem).toBeNull();
    expect(parseDayInput("31 Dec 1999")).toEqual({
      value: "1999-12-31",
      day: "1999-12-31",
      problem: "Choose a day between 1 Jan 2000 and 31 Dec 2100.",
    });
    expect(parseDayInput("2101-01-01").problem).toBe(
      "Choose a day between 1 Jan 2000 and 31 Dec 2100.",
    );
  });

  it("keeps the field's own min and max, naming the bound that was crossed", () => {
    const today = { max: "2026-11-28" };
    expect(parseDayInput("28 Nov 2026", today).problem).toBeNull();
    expect(parseDayInput("29 Nov 2026", today)).toEqual({
      value: "2026-11-29",
      day: "2026-11-29",
      problem: "Choose a day on or before 28 Nov 2026.",
    });
    expect(parseDayInput("1999-12-31", today).problem).toBe(
      "Choose a day between 1 Jan 2000 and 28 Nov 2026.",
    );
    expect(parseDayInput("1 Mar 2026", { min: "2026-03-02" }).problem).toBe(
      "Choose a day on or after 2 Mar 2026.",
    );
    expect(parseDayInput("1 Mar 2026", { min: "2026-03-02", max: "2026-11-28" }).problem).toBe(
      "Choose a day between 2 Mar 2026 and 28 Nov 2026.",
    );
  });

  it("ignores a bound that is not a day, or one wider than the server's", () => {
    expect(parseDayInput("1 Jan 2030", { max: "" }).problem).toBeNull();
    expect(parseDayInput("1 Jan 2030", { max: "soon" }).problem).toBeNull();
    expect(parseDayInput("1 Jan 2101", { max: "2200-01-01" }).problem).toBe(
      "Choose a day between 1 Jan 2000 and 31 Dec 2100.",
    );
  });
});

describe("dayInputText: what a date field shows for a value", () => {
  it("writes an ISO day as Corridor shows days and leaves anything else as it is", () => {
    expect(dayInputText("2026-11-28")).toBe("28 Nov 2026");
    expect(dayInputText("2026-03-02")).toBe("2 Mar 2026");
    expect(dayInputText("")).toBe("");
    expect(dayInputText("31 Feb 2026")).toBe("31 Feb 2026");
  });
});

describe("formatMoment: a timestamp on the reader's clock, with the clock named", () => {
  const moment = "2026-11-28T05:05:00.000Z";

  it.each([
    ["Asia/Seoul", { day: "28 Nov 2026", time: "14:05", zone: "GMT+9" }],
    ["Asia/Singapore", { day: "28 Nov 2026", time: "13:05", zone: "GMT+8" }],
    ["UTC", { day: "28 Nov 2026", time: "05:05", zone: "UTC" }],
    ["Asia/Kolkata", { day: "28 Nov 2026", time: "10:35", zone: "GMT+5:30" }],
    ["America/New_York", { day: "28 Nov 2026", time: "00:05", zone: "GMT-5" }],
    ["America/Los_Angeles", { day: "27 Nov 2026", time: "21:05", zone: "GMT-8" }],
  ])("in %s", (zone, parts) => {
    expect(formatMoment(moment, zone)).toEqual(parts);
  });

  it("reads an unknown zone as UTC and refuses what is not a timestamp", () => {
    expect(formatMoment(moment, "Nowhere/Atlantis")).toEqual({
      day: "28 Nov 2026",
      time: "05:05",
      zone: "UTC",
    });
    expect(formatMoment("not a time", "UTC")).toBeNull();
  });
});
