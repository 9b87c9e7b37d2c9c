import { describe, expect, it } from "vitest";
import { diffFields } from "@/lib/domain/change-set";

const current = {
  status: "not_started",
  percentComplete: 0,
  plannedDate: "2026-06-01",
  actualDate: null as string | null,
};
const fields = ["status", "percentComplete", "plannedDate", "actualDate"] as const;

describe("diffFields", () => {
  it("records only the fields that change, old and new as text", () => {
    expect(
      diffFields(
        current,
        { status: "in_progress", percentComplete: 20, plannedDate: "2026-06-01" },
        fields,
      ),
    ).toEqual([
      { field: "status", oldValue: "not_started", newValue: "in_progress" },
      { field: "percentComplete", oldValue: "0", newValue: "20" },
    ]);
  });
  it("records clearing a value as null", () => {
    expect(
      diffFields(
        { ...current, actualDate: "2026-05-01" as string | null },
        { actualDate: null },
        fields,
      ),
    ).toEqual([{ field: "actualDate", oldValue: "2026-05-01", newValue: null }]);
  });
  it("ignores fields outside the list and undefined values", () => {
    expect(diffFields(current, { status: undefined, title: "x" } as never, fields)).toEqual([]);
  });
  it("encodes dates as calendar days", () => {
    expect(
      diffFields(
        { plannedDate: new Date("2026-06-01T00:00:00Z") },
        { plannedDate: new Date("2026-07-01T00:00:00Z") },
        ["plannedDate"],
      ),
    ).toEqual([{ field: "plannedDate", oldValue: "2026-06-01", newValue: "2026-07-01" }]);
  });
});
