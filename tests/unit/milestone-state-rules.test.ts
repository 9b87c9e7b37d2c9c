import { expect, test } from "vitest";
import type { MilestoneState } from "@/lib/domain/types";
import { planMilestonePatch } from "@/lib/server/milestones";
import { milestoneState } from "../support/milestone-state";

const open = milestoneState({
  status: "in_progress",
  percentComplete: 40,
  baselineDate: "2026-06-30",
  plannedDate: "2026-09-30",
});
const base = { version: 1, reason: "Checking states against dates" };

test("an actual date on a milestone that is not done is refused on that field", () => {
  expect(planMilestonePatch(open, { ...base, actualDate: "2026-10-01" })).toMatchObject({
    ok: false,
    field: "actualDate",
  });
});

test("reopening a done milestone must clear its actual date", () => {
  const done = {
    ...open,
    status: "done",
    percentComplete: 100,
    actualDate: "2026-10-01",
  } as MilestoneState;
  expect(planMilestonePatch(done, { ...base, status: "in_progress" })).toMatchObject({
    ok: false,
    field: "actualDate",
  });
  expect(
    planMilestonePatch(done, { ...base, status: "in_progress", actualDate: null }),
  ).toMatchObject({ ok: true });
});

test("done with an actual date and evidence is accepted", () => {
  const result = planMilestonePatch(open, {
    ...base,
    status: "done",
    actualDate: "2026-10-01",
    evidenceUrl: "https://example.org/record",
  });
  expect(result).toMatchObject({ ok: true });
});
