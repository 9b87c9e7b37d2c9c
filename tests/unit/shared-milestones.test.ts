import { describe, expect, it } from "vitest";
import { sharedMilestones } from "@/lib/domain/shared-milestones";
import type { MilestoneStatus } from "@/lib/domain/types";

const m = (id: string, initiativeId: string, title: string, status: MilestoneStatus = "done") => ({
  id,
  initiativeId,
  title,
  baselineDate: "2026-03-02",
  status,
});

describe("milestones counted in more than one initiative", () => {
  it("groups the same title on the same baseline date across initiatives", () => {
    const signing = [m("q", "quantum", "S&T MOU signed"), m("s", "space", "s&t mou signed ")];
    expect(sharedMilestones([...signing, m("x", "space", "Other")])).toEqual([signing]);
  });
  it("leaves out cancelled copies, and repeats within one initiative", () => {
    expect(
      sharedMilestones([
        m("q", "quantum", "S&T MOU signed"),
        m("s", "space", "S&T MOU signed", "cancelled"),
      ]),
    ).toEqual([]);
    expect(sharedMilestones([m("a", "ai", "Talks"), m("b", "ai", "Talks")])).toEqual([]);
  });
  it("needs the same baseline date", () => {
    const later = { ...m("s", "space", "S&T MOU signed"), baselineDate: "2026-04-01" };
    expect(sharedMilestones([m("q", "quantum", "S&T MOU signed"), later])).toEqual([]);
  });
});
