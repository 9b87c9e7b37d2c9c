import { describe, expect, it } from "vitest";
import { cleanQuery, firstValues, hasEmptyParam } from "@/components/dashboard/clean-query";
import {
  dashboardHref,
  initiativeHref,
  type DashboardView,
} from "@/components/dashboard/view-links";
import { parseDashboardQuery } from "@/app/(app)/dashboard/dashboard-query";

const today = "2026-11-28";
const live: DashboardView = { asOf: today, basis: "effective", today, filters: {} };

describe("links from the dashboard keep its view", () => {
  it("links an initiative without parameters on today's live view", () => {
    expect(initiativeHref("mou-quantum", live)).toBe("/initiatives/mou-quantum");
    expect(initiativeHref("mou-quantum", live, "milestones")).toBe(
      "/initiatives/mou-quantum#milestones",
    );
  });

  it("carries the as-of day, and the basis when it is 'as known on'", () => {
    expect(initiativeHref("mou-quantum", { ...live, asOf: "2026-06-30" })).toBe(
      "/initiatives/mou-quantum?asOf=2026-06-30",
    );
    expect(
      initiativeHref("mou-quantum", { ...live, asOf: "2026-06-30", basis: "recorded" }, "updates"),
    ).toBe("/initiatives/mou-quantum?asOf=2026-06-30&basis=recorded#updates");
    // "As known on" today is a view of its own: later recordings of today are hidden.
    expect(initiativeHref("mou-quantum", { ...live, basis: "recorded" })).toBe(
      `/initiatives/mou-quantum?asOf=${today}&basis=recorded`,
    );
  });

  it("changes one dashboard setting and keeps the others, naming only what differs", () => {
    const view: DashboardView = {
      ...live,
      asOf: "2026-09-30",
      filters: { kind: "mou" },
      sinceChosen: "2026-09-01",
    };
    expect(dashboardHref(view)).toBe("/dashboard?asOf=2026-09-30&kind=mou&since=2026-09-01");
    expect(dashboardHref(view, { show: "overdue" }, "timeline")).toBe(
      "/dashboard?asOf=2026-09-30&kind=mou&since=2026-09-01&show=overdue#timeline",
    );
    expect(dashboardHref(view, { asOf: today, sinceChosen: undefined })).toBe(
      "/dashboard?kind=mou",
    );
    expect(dashboardHref(live, { filters: { health: "at_risk" } })).toBe(
      "/dashboard?health=at_risk",
    );
    expect(dashboardHref(live)).toBe("/dashboard");
  });
});

describe("a filter form's URL names only what was chosen", () => {
  const defaults = { asOf: today, basis: "effective" };

  it("drops empty fields and defaults", () => {
    const entries = [
      ["asOf", today],
      ["basis", "effective"],
      ["since", ""],
      ["kind", "mou"],
      ["health", ""],
      ["side", ""],
      ["workstream", ""],
    ] as const;
    expect(cleanQuery(entries, defaults)).toBe("kind=mou");
    expect(
      cleanQuery(
        entries.filter(([k]) => k !== "kind"),
        defaults,
      ),
    ).toBe("");
  });

  it("keeps chosen values, trimmed and escaped, the first of each", () => {
    expect(
      cleanQuery(
        [
          ["asOf", "2026-04-01"],
          ["basis", "recorded"],
          ["workstream", " AI & data "],
          ["workstream", "other"],
        ],
        defaults,
      ),
    ).toBe("asOf=2026-04-01&basis=recorded&workstream=AI+%26+data");
  });

  it("notices the empty fields of a form sent without JavaScript", () => {
    expect(hasEmptyParam({ asOf: "", kind: "mou" })).toBe(true);
    expect(hasEmptyParam({ kind: ["mou", ""] })).toBe(true);
    expect(hasEmptyParam({ kind: "mou", basis: undefined })).toBe(false);
    expect(
      cleanQuery(firstValues({ asOf: "", kind: ["mou", "fta_upgrade"], side: undefined })),
    ).toBe("kind=mou");
  });
});

describe("the dashboard's URL", () => {
  it("names a milestone list with show=, and reports a list it does not know", () => {
    expect(parseDashboardQuery({ show: "overdue", kind: "mou" }, today, []).show).toBe("overdue");
    const unknown = parseDashboardQuery({ show: "late" }, today, []);
    expect(unknown.show).toBeUndefined();
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors[0]).toMatch(/^Milestones shown: "late" is not one of "overdue"/);
  });

  it("says what a bad view setting was in plain words", () => {
    const { basis, errors } = parseDashboardQuery({ basis: "hearsay" }, today, []);
    expect(basis).toBe("effective");
    expect(errors).toEqual(["View: must be “as of” or “as known on”; showing “as of”."]);
  });
});
