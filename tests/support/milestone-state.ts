import type { MilestoneState } from "@/lib/domain/types";

/** A milestone's state for unit tests: not started, joint, weight 1, planned on its 1 June 2026 baseline. */
export function milestoneState(over: Partial<MilestoneState> = {}): MilestoneState {
  return {
    status: "not_started",
    percentComplete: 0,
    baselineDate: "2026-06-01",
    plannedDate: "2026-06-01",
    actualDate: null,
    side: "joint",
    weight: 1,
    ...over,
  };
}
