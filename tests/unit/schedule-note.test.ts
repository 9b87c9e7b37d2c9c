import { describe, expect, it } from "vitest";
import { scheduleNote } from "@/components/milestones/schedule-note";
import { milestoneState } from "../support/milestone-state";

const TODAY = "2026-11-28";
const note = (over: Parameters<typeof milestoneState>[0]) =>
  scheduleNote(milestoneState(over), TODAY);

describe("a milestone's schedule in words on its initiative page", () => {
  it("says an open milestone past its planned date is overdue, even on its baseline", () => {
    expect(note({ baselineDate: "2026-11-16", plannedDate: "2026-11-16" })).toEqual({
      text: "Overdue 12 days",
      late: true,
      detail: null,
    });
    expect(
      note({ status: "blocked", plannedDate: "2026-11-27", baselineDate: "2026-11-27" }).text,
    ).toBe("Overdue 1 day");
  });

  it("says how far a re-planned open milestone moved from its baseline", () => {
    expect(note({ baselineDate: "2026-06-30", plannedDate: "2026-12-18" })).toEqual({
      text: "Due in 20 days",
      late: false,
      detail: "planned 171 days after baseline",
    });
  });

  it("counts the days to a near due date and gives a far one as the date", () => {
    expect(note({ plannedDate: TODAY, baselineDate: TODAY }).text).toBe("Due today");
    expect(note({ plannedDate: "2026-11-29", baselineDate: "2026-11-29" }).text).toBe(
      "Due in 1 day",
    );
    expect(note({ plannedDate: "2027-02-26", baselineDate: "2027-02-26" }).text).toBe(
      "Due in 90 days",
    );
    expect(note({ plannedDate: "2027-02-27", baselineDate: "2027-02-27" }).text).toBe(
      "Due 27 Feb 2027",
    );
  });

  it("says a done milestone slipped, finished early or on its baseline, by its actual date", () => {
    const done = { status: "done" as const, percentComplete: 100, baselineDate: "2026-06-01" };
    expect(note({ ...done, actualDate: "2026-07-01" })).toEqual({
      text: "Slipped 30 days",
      late: true,
      detail: null,
    });
    expect(note({ ...done, actualDate: "2026-05-31" }).text).toBe("Done 1 day early");
    expect(note({ ...done, actualDate: "2026-06-01" }).text).toBe("Done on baseline");
  });

  it("says a cancelled milestone is cancelled, never overdue", () => {
    expect(note({ status: "cancelled", plannedDate: "2026-01-01" })).toEqual({
      text: "Cancelled",
      late: false,
      detail: null,
    });
  });
});
