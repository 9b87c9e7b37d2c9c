import { describe, expect, it } from "vitest";
import {
  byPlannedDate,
  formatSlippage,
  isOpen,
  isOverdue,
  nextMilestone,
  slippageReferenceDate,
} from "@/lib/domain/milestones";
import { MILESTONE_STATUSES } from "@/lib/domain/types";

describe("slippage", () => {
  it("reads in words in tables", () => {
    expect(formatSlippage(0)).toBe("On baseline");
    expect(formatSlippage(105)).toBe("105 d late");
    expect(formatSlippage(-12)).toBe("12 d early");
  });
  it("reads signed and short on charts, and says nothing on baseline", () => {
    expect(formatSlippage(0, "signed")).toBe("");
    expect(formatSlippage(105, "signed")).toBe("+105 d");
    expect(formatSlippage(-12, "signed")).toBe("−12 d");
  });
  it("is measured at the actual date once done, otherwise at the plan", () => {
    const m = { status: "done" as const, plannedDate: "2026-06-30", actualDate: "2026-06-01" };
    expect(slippageReferenceDate(m)).toBe("2026-06-01");
    expect(slippageReferenceDate({ ...m, status: "in_progress" })).toBe("2026-06-30");
    expect(slippageReferenceDate({ ...m, actualDate: null })).toBe("2026-06-30");
  });
});

describe("open milestones", () => {
  it("are those neither done nor cancelled", () => {
    const open = MILESTONE_STATUSES.filter((status) => isOpen({ status }));
    expect(open).toEqual(["not_started", "in_progress", "blocked"]);
  });
  it("are overdue only once their planned day has passed", () => {
    const m = { status: "blocked" as const, plannedDate: "2026-11-28" };
    expect(isOverdue(m, "2026-11-28")).toBe(false);
    expect(isOverdue(m, "2026-11-29")).toBe(true);
    expect(isOverdue({ ...m, status: "cancelled" }, "2026-12-31")).toBe(false);
  });
});

describe("planned-date order", () => {
  const row = (title: string, plannedDate: string, position?: number) => ({
    title,
    plannedDate,
    position,
  });
  it("puts the earliest plan first", () => {
    const rows = [row("B", "2026-09-01"), row("A", "2026-10-01")];
    expect([...rows].sort(byPlannedDate).map((r) => r.title)).toEqual(["B", "A"]);
  });
  it("keeps the plan order on the same day, then the title", () => {
    const sameDay = [row("Alpha", "2026-09-01", 3), row("Beta", "2026-09-01", 1)];
    expect([...sameDay].sort(byPlannedDate).map((r) => r.title)).toEqual(["Beta", "Alpha"]);
    const noPlan = [row("Beta", "2026-09-01"), row("Alpha", "2026-09-01")];
    expect([...noPlan].sort(byPlannedDate).map((r) => r.title)).toEqual(["Alpha", "Beta"]);
  });
  it("chooses the next milestone by the same order", () => {
    const milestones = [
      { ...row("Later in the plan", "2026-12-01", 2), status: "not_started" as const },
      { ...row("Earlier in the plan", "2026-12-01", 1), status: "blocked" as const },
      { ...row("Done", "2026-03-01", 0), status: "done" as const },
    ];
    expect(nextMilestone(milestones)?.title).toBe("Earlier in the plan");
  });
});
