import { describe, expect, it } from "vitest";
import {
  describeGap,
  healthDisagreement,
  initiativeVerdict,
  overdueSummary,
  portfolioVerdict,
  scheduleGap,
  scheduleStatus,
  windowStatement,
} from "@/lib/domain/verdict";

const brief = { end: "2026-09-30", label: "mid-2026", kind: "external_expectation" as const };

describe("the one gap definition", () => {
  it("is reported progress minus progress due by the as-of date", () => {
    expect(scheduleGap(27, 65)).toBe(-38);
    expect(scheduleGap(null, 65)).toBeNull();
    expect(scheduleGap(27, null)).toBeNull();
  });

  it("reads as points behind or ahead of schedule", () => {
    expect(describeGap(-37.6)).toBe("38 pts behind schedule");
    expect(describeGap(4.2)).toBe("4 pts ahead of schedule");
    expect(describeGap(0.3)).toBe("on schedule");
  });
});

describe("computed schedule status", () => {
  it("is behind at 25 points, slipping at 10 or with anything overdue, ahead at +10", () => {
    expect(scheduleStatus(-25, 0)).toBe("behind");
    expect(scheduleStatus(-24.4, 0)).toBe("slipping");
    expect(scheduleStatus(-9, 0)).toBe("on_schedule");
    expect(scheduleStatus(-2, 1)).toBe("slipping");
    expect(scheduleStatus(12, 0)).toBe("ahead");
    expect(scheduleStatus(null, 0)).toBe("no_scope");
  });

  it("flags an analyst's health that the schedule contradicts, and only then", () => {
    expect(healthDisagreement("on_track", "behind", -33)).toBe(
      "Marked on track, but 33 pts behind schedule.",
    );
    expect(healthDisagreement("off_track", "ahead", 12)).toMatch(/^Marked off track/);
    expect(healthDisagreement("at_risk", "behind", -33)).toBeNull();
    expect(healthDisagreement("on_track", "on_schedule", -3)).toBeNull();
  });
});

describe("overdue counted once", () => {
  it("says the overdue are blocked instead of adding them up twice", () => {
    expect(overdueSummary({ overdue: 3, blocked: 3, overdueBlocked: 3 })).toBe(
      "3 overdue, all blocked",
    );
    expect(overdueSummary({ overdue: 4, blocked: 3, overdueBlocked: 1 })).toBe(
      "4 overdue (1 blocked) · 2 more blocked, not yet due",
    );
    expect(overdueSummary({ overdue: 0, blocked: 0, overdueBlocked: 0 })).toBe("none overdue");
  });
});

describe("window statement", () => {
  it("says plainly once the window has closed", () => {
    expect(windowStatement(27.2, 56, brief, "2026-11-28")).toBe(
      "Window closed 30 Sept 2026 (the brief's mid-2026 expectation): 27% done of 56% due by then",
    );
    expect(windowStatement(20, 56, brief, "2026-06-30")).toMatch(/^Window open until 30 Sept 2026/);
  });
});

describe("verdict sentences", () => {
  const counts = { overdue: 3, blocked: 3, overdueBlocked: 3 };
  it("names the initiative, its gap, what is done and due, and the overdue once", () => {
    expect(
      initiativeVerdict(
        { title: "Quantum MOU", progress: 24, expectedProgress: 62, gap: -38, counts },
        "2026-11-28",
      ),
    ).toBe(
      "Quantum MOU: 38 pts behind schedule, 24% done of 62% due by 28 Nov 2026; 3 overdue, all blocked.",
    );
  });

  it("sums the portfolio up in one sentence", () => {
    const text = portfolioVerdict({
      asOf: "2026-11-28",
      basis: "effective",
      progress: 24,
      expectedProgress: 62,
      gap: -38,
      counts,
      initiatives: [{ schedule: "behind" }, { schedule: "slipping" }, { schedule: "on_schedule" }],
    });
    expect(text).toBe(
      "As of 28 Nov 2026 the 3 initiatives are 24% done against 62% due (−38 pts); 2 of 3 are behind schedule or slipping; milestones: 3 overdue, all blocked.",
    );
  });
});
