import { describe, expect, it } from "vitest";
import { daysBetween, isIsoDay, todayIsoDay } from "@/lib/domain/dates";
import { isOverdue, nextMilestone, slippageDays } from "@/lib/domain/milestones";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";

describe("dates", () => {
  it("accepts only real calendar days", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("2026-2-3")).toBe(false);
  });
  it("counts calendar days", () => {
    expect(daysBetween("2026-05-01", "2026-08-01")).toBe(92);
  });
  it("lets a pinned day stand for today, and ignores a pin that is not a day", () => {
    const now = new Date("2026-12-01T23:30:00Z");
    expect(todayIsoDay("2026-11-28", now)).toBe("2026-11-28");
    expect(todayIsoDay("not-a-day", now)).toBe("2026-12-01");
    expect(todayIsoDay(undefined, now)).toBe("2026-12-01");
  });
});

describe("slippage and due dates", () => {
  it("measures the plan against the baseline for open work", () => {
    expect(
      slippageDays({
        status: "in_progress",
        baselineDate: "2026-05-01",
        plannedDate: "2026-05-31",
        actualDate: null,
      }),
    ).toBe(30);
  });
  it("measures the actual date for done work", () => {
    expect(
      slippageDays({
        status: "done",
        baselineDate: "2026-05-01",
        plannedDate: "2026-06-30",
        actualDate: "2026-04-29",
      }),
    ).toBe(-2);
  });
  it("flags open work past its planned date as overdue", () => {
    expect(isOverdue({ status: "in_progress", plannedDate: "2026-11-01" }, "2026-11-28")).toBe(
      true,
    );
    expect(isOverdue({ status: "done", plannedDate: "2026-11-01" }, "2026-11-28")).toBe(false);
  });
  it("picks the earliest open milestone as next", () => {
    const list = [
      { id: "a", title: "A", status: "done" as const, plannedDate: "2026-03-01" },
      { id: "b", title: "B", status: "not_started" as const, plannedDate: "2027-01-01" },
      { id: "c", title: "C", status: "blocked" as const, plannedDate: "2026-12-01" },
    ];
    expect(nextMilestone(list)?.id).toBe("c");
    expect(nextMilestone([list[0]])).toBeNull();
  });
});

describe("permission table", () => {
  const everything = Object.keys(PERMISSIONS) as Permission[];
  it("lets executives read and change nothing", () => {
    // Holding their own API tokens is not a change to the portfolio.
    expect(everything.filter((p) => can("executive", p))).toEqual(["portfolio:read", "token:own"]);
  });
  it("lets analysts change the portfolio but not manage users", () => {
    expect(can("analyst", "milestone:write")).toBe(true);
    expect(can("analyst", "user:manage")).toBe(false);
  });
  it("lets admins do everything", () => {
    expect(everything).toHaveLength(10);
    expect(everything.filter((p) => can("admin", p))).toEqual(everything);
  });
});
