import { describe, expect, it } from "vitest";
import {
  isLateOrOpen,
  lowerFirst,
  matchesShow,
  MILESTONE_SHOWS,
} from "@/components/dashboard/milestone-filter";
import { countMilestones } from "@/lib/domain/milestone-counts";
import type { MilestoneStatus } from "@/lib/domain/types";

const asOf = "2026-11-28";
const milestone = (status: MilestoneStatus, plannedDate: string, slippageDays = 0) => ({
  status,
  plannedDate,
  slippageDays,
});
const milestones = [
  milestone("done", "2026-05-01"),
  milestone("done", "2026-06-01", 12),
  milestone("in_progress", "2026-11-20"),
  milestone("blocked", "2026-10-01"),
  milestone("blocked", "2026-12-10"),
  milestone("not_started", "2026-11-28"),
  milestone("not_started", "2026-12-28"),
  milestone("not_started", "2026-12-29"),
  milestone("cancelled", "2026-09-01"),
];

describe("the milestone lists the headline counts link to", () => {
  it("hold exactly as many milestones as each count says", () => {
    const counts = countMilestones(milestones, asOf);
    const listed = (show: (typeof MILESTONE_SHOWS)[number]) =>
      milestones.filter((m) => matchesShow(m, show, asOf)).length;
    expect(MILESTONE_SHOWS.map((s) => [s, listed(s)])).toEqual([
      ["overdue", counts.overdue],
      ["blocked", counts.blocked],
      ["due", counts.due],
      ["done", counts.done],
    ]);
    expect([counts.overdue, counts.blocked, counts.due, counts.done]).toEqual([2, 2, 3, 2]);
  });

  it("fold a timeline group to open work and work done late", () => {
    expect(milestones.filter(isLateOrOpen).map((m) => m.status)).toEqual([
      "done",
      "in_progress",
      "blocked",
      "blocked",
      "not_started",
      "not_started",
      "not_started",
    ]);
  });

  it("lower only a note's first letter, never its dates", () => {
    expect(lowerFirst("Due 31 Mar 2027")).toBe("due 31 Mar 2027");
    expect(lowerFirst("Overdue 12 days")).toBe("overdue 12 days");
  });
});
