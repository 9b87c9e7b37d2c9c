import { describe, expect, it } from "vitest";
import { countBy, countMilestones, sumCounts } from "@/lib/domain/milestone-counts";
import type { ReplayedMilestone } from "@/lib/domain/replay";
import type { MilestoneStatus } from "@/lib/domain/types";

const milestone = (status: MilestoneStatus, plannedDate: string): ReplayedMilestone => ({
  id: `${status}-${plannedDate}`,
  initiativeId: "i1",
  status,
  percentComplete: 0,
  baselineDate: plannedDate,
  plannedDate,
  actualDate: null,
  side: "joint",
  weight: 1,
});

describe("milestone counts", () => {
  const asOf = "2026-11-28";
  const counts = countMilestones(
    [
      milestone("done", "2026-05-01"),
      milestone("in_progress", "2026-11-20"),
      milestone("not_started", "2026-11-28"),
      milestone("blocked", "2026-12-28"),
      milestone("not_started", "2026-12-29"),
      milestone("cancelled", "2026-12-01"),
    ],
    asOf,
  );

  it("leaves cancelled work out of the total but counts it on its own", () => {
    expect(counts.total).toBe(5);
    expect(counts.cancelled).toBe(1);
  });
  it("counts open work planned from the as-of day to 30 days on as due", () => {
    expect(counts.due).toBe(2);
  });
  it("counts open work past its plan as overdue, and each status once", () => {
    expect(counts).toMatchObject({ done: 1, inProgress: 1, blocked: 1, overdue: 1 });
  });
  it("adds the initiatives' counts up for the portfolio", () => {
    expect(sumCounts([counts, counts])).toMatchObject({ total: 10, due: 4, cancelled: 2 });
  });
  it("tallies values", () => {
    expect(countBy(["at_risk", "on_track", "at_risk"])).toEqual({ at_risk: 2, on_track: 1 });
  });
});
