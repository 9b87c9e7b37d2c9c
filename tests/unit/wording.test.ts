import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS_TEXT, IMPORT_TOO_LARGE_MESSAGE } from "@/lib/constants";
import { describeForecast } from "@/lib/domain/forecast";
import { capitalise, plural } from "@/lib/domain/text";

describe("wording", () => {
  it("pluralises by count", () => {
    expect(plural(1, "initiative")).toBe("1 initiative");
    expect(plural(0, "change")).toBe("0 changes");
    expect(plural(2, "person", "people")).toBe("2 people");
  });
  it("capitalises the first letter only", () => {
    expect(capitalise("expected by 1 Apr 2026")).toBe("Expected by 1 Apr 2026");
  });
  it("states the import limits the server enforces", () => {
    expect(IMPORT_LIMITS_TEXT).toBe("at most 1 MB and 2,000 rows");
    expect(IMPORT_TOO_LARGE_MESSAGE).toBe(
      "The file is larger than 1 MB; split it into smaller files.",
    );
  });
  it("describes each kind of forecast in one line", () => {
    expect(describeForecast({ kind: "complete", on: "2026-10-02" })).toBe("complete on 2 Oct 2026");
    expect(describeForecast({ kind: "no_recent_progress", lastProgressOn: null })).toBe(
      "no recent progress (none recorded since launch)",
    );
    expect(
      describeForecast({
        kind: "projected",
        early: "2027-01-04",
        likely: "2027-02-01",
        late: "2027-04-05",
        velocityPerWeek: 2,
      }),
    ).toBe("likely 1 Feb 2027 (range 4 Jan 2027 – 5 Apr 2027)");
  });
});
