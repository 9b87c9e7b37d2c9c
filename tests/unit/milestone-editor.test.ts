import { describe, expect, it } from "vitest";
import {
  MARK_DONE_REASON,
  describeChange,
  draftOf,
  markDoneDraft,
  patchOf,
  undoPatch,
  withStatus,
} from "@/components/milestones/milestone-draft";
import { rowAfterMove, rowKeyAction, rowKeyShortcuts } from "@/components/milestones/row-keys";
import type { MilestoneView } from "@/lib/views/milestone";
import { milestoneState } from "../support/milestone-state";

const TODAY = "2026-11-28";

function view(over: Partial<MilestoneView> = {}): MilestoneView {
  return {
    ...milestoneState(),
    id: "m1",
    version: 3,
    position: 0,
    title: "Legal scrub",
    description: "",
    workstream: null,
    provenance: "planned_estimate",
    slippageDays: 0,
    sources: [],
    ...over,
  };
}

describe("choosing a status in the milestone editor", () => {
  it("fills today's date and 100% on Done, so the first save does not fail on the date", () => {
    const m = view({ status: "in_progress", percentComplete: 40 });
    expect(withStatus(draftOf(m), "done", TODAY, m)).toMatchObject({
      status: "done",
      percentComplete: "100",
      actualDate: TODAY,
    });
  });

  it("keeps an actual date the analyst already gave", () => {
    const m = view();
    const d = { ...draftOf(m), actualDate: "2026-11-02" };
    expect(withStatus(d, "done", TODAY, m).actualDate).toBe("2026-11-02");
  });

  it("clears the date and brings back the percentage when Done is chosen and then undone", () => {
    const m = view({ status: "in_progress", percentComplete: 40 });
    const done = withStatus(draftOf(m), "done", TODAY, m);
    expect(withStatus(done, "blocked", TODAY, m)).toMatchObject({
      status: "blocked",
      percentComplete: "40",
      actualDate: "",
    });
  });

  it("changes nothing else for other statuses", () => {
    const m = view();
    expect(withStatus(draftOf(m), "blocked", TODAY, m)).toEqual({
      ...draftOf(m),
      status: "blocked",
    });
  });
});

describe("Mark done", () => {
  it("sends done, today and 100% with the reason written and the analyst's evidence", () => {
    const m = view();
    const draft = { ...markDoneDraft(m, TODAY), evidenceUrl: "https://example.org/signed" };
    expect(patchOf(m, draft)).toEqual({
      version: 3,
      status: "done",
      percentComplete: 100,
      actualDate: TODAY,
      reason: MARK_DONE_REASON,
      evidenceUrl: "https://example.org/signed",
    });
  });
});

describe("undo", () => {
  const before = view({ status: "in_progress", percentComplete: 40 });
  const after = view({
    status: "done",
    percentComplete: 100,
    actualDate: TODAY,
    version: 4,
    provenance: "sourced",
  });

  it("is a new change on the current version that puts back every edited field", () => {
    expect(undoPatch(before, after, "Signed")).toEqual({
      version: 4,
      reason: "Undo of: Signed",
      status: "in_progress",
      percentComplete: 40,
      actualDate: null,
    });
  });

  it("has nothing to put back when no edited field changed", () => {
    expect(undoPatch(before, { ...before, version: 4 }, "Signed")).toBeNull();
  });

  it("keeps its reason within the 2,000 characters the API accepts", () => {
    expect(undoPatch(before, after, "x".repeat(2000))!.reason).toHaveLength(2000);
  });

  it("describes the change it would undo, field by field", () => {
    expect(describeChange(before, after)).toBe(
      "Status: In progress → Done; Percent complete: 40% → 100%; Actual date: — → 28 Nov 2026",
    );
  });
});

describe("the milestone table's keys", () => {
  const open = { canEdit: true, open: true };

  it("moves with the arrows and Home/End, and stays put at either end", () => {
    const ids = ["a", "b", "c"];
    expect(rowAfterMove(ids, "a", "next")).toBe("b");
    expect(rowAfterMove(ids, "b", "previous")).toBe("a");
    expect(rowAfterMove(ids, "a", "previous")).toBeNull();
    expect(rowAfterMove(ids, "c", "next")).toBeNull();
    expect(rowAfterMove(ids, "b", "first")).toBe("a");
    expect(rowAfterMove(ids, "a", "last")).toBe("c");
    expect(rowAfterMove(ids, "gone", "next")).toBeNull();
    expect(rowKeyAction("ArrowDown", open)).toBe("next");
    expect(rowKeyAction("ArrowUp", open)).toBe("previous");
  });

  it("edits on Enter or E and marks done on D, for editors and open milestones only", () => {
    expect(["Enter", "e", "E", "d", "D", "h"].map((k) => rowKeyAction(k, open))).toEqual([
      "edit",
      "edit",
      "edit",
      "markDone",
      "markDone",
      "history",
    ]);
    expect(rowKeyAction("d", { canEdit: true, open: false })).toBeNull();
    const reader = { canEdit: false, open: true };
    expect(["Enter", "e", "d", "h", "x"].map((k) => rowKeyAction(k, reader))).toEqual([
      "history",
      null,
      null,
      "history",
      null,
    ]);
  });

  it("announces exactly the keys it handles", () => {
    expect(rowKeyShortcuts(open)).toBe("ArrowUp ArrowDown Home End Enter E D H");
    expect(rowKeyShortcuts({ canEdit: true, open: false })).toBe(
      "ArrowUp ArrowDown Home End Enter E H",
    );
    expect(rowKeyShortcuts({ canEdit: false, open: true })).toBe(
      "ArrowUp ArrowDown Home End Enter H",
    );
  });
});
