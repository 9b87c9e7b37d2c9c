import { describe, expect, it } from "vitest";
import type { Provenance } from "@/lib/domain/types";
import { jsonAnswer } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { patchMilestone } from "./support/routes";
import { TODAY } from "./support/today";

const { db, tokens } = databaseForFile({ seed: true, accounts: true });

/** A seeded, not-started milestone of this provenance that no test has changed yet. */
function untouched(provenance: Provenance) {
  return db.prisma.milestone.findFirstOrThrow({
    where: {
      provenance,
      status: "not_started",
      changeEvents: { none: { authorId: { not: null } } },
    },
    orderBy: { id: "asc" },
  });
}

const EVIDENCE = "https://example.org/signed";
const markDone = (version: number) => ({
  version,
  status: "done",
  percentComplete: 100,
  actualDate: TODAY,
  evidenceUrl: EVIDENCE,
  reason: "Signed, per the linked notice",
});
const reopen = (version: number) => ({
  version,
  status: "not_started",
  percentComplete: 0,
  actualDate: null,
  reason: "Undo: marked done by mistake",
});

function eventsOf(milestoneId: string, reason: string) {
  return db.prisma.changeEvent.findMany({
    where: { milestoneId, reason },
    select: { changeSetId: true, field: true, oldValue: true, newValue: true, evidenceUrl: true },
    orderBy: { field: "asc" },
  });
}

describe("a milestone's date source follows the evidence that marks it done", () => {
  it("makes a planned estimate sourced in the same change set, and a plan again when reopened", async () => {
    const m = await untouched("planned_estimate");
    const done = await jsonAnswer(patchMilestone(tokens.analyst, m.id, markDone(m.version)));
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "done",
      percentComplete: 100,
      actualDate: TODAY,
      provenance: "sourced",
      version: m.version + 1,
    });
    const recorded = await eventsOf(m.id, "Signed, per the linked notice");
    expect(recorded.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ["actualDate", null, TODAY],
      ["percentComplete", "0", "100"],
      ["provenance", "planned_estimate", "sourced"],
      ["status", "not_started", "done"],
    ]);
    expect(new Set(recorded.map((e) => e.changeSetId)).size).toBe(1);
    expect(recorded.map((e) => e.evidenceUrl)).toEqual(Array(4).fill(EVIDENCE));

    // Undo is a new change: the history keeps both, and the dates are a plan again.
    const undone = await jsonAnswer(patchMilestone(tokens.analyst, m.id, reopen(m.version + 1)));
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      status: "not_started",
      percentComplete: 0,
      actualDate: null,
      provenance: "planned_estimate",
      version: m.version + 2,
    });
    const reverted = await eventsOf(m.id, "Undo: marked done by mistake");
    expect(reverted.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ["actualDate", TODAY, null],
      ["percentComplete", "100", "0"],
      ["provenance", "sourced", "planned_estimate"],
      ["status", "done", "not_started"],
    ]);
    expect(await eventsOf(m.id, "Signed, per the linked notice")).toHaveLength(4);
    await expectStoredRowsToEqualReplay(db.prisma, TODAY);
  });

  it("leaves a milestone sourced from the start sourced when it is reopened", async () => {
    const m = await untouched("sourced");
    expect((await patchMilestone(tokens.analyst, m.id, markDone(m.version))).status).toBe(200);
    const undone = await jsonAnswer(patchMilestone(tokens.analyst, m.id, reopen(m.version + 1)));
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ status: "not_started", provenance: "sourced" });
    expect(
      await db.prisma.changeEvent.count({ where: { milestoneId: m.id, field: "provenance" } }),
    ).toBe(0);
  });

  it("keeps a planned estimate when a change carries evidence without marking the milestone done", async () => {
    const m = await untouched("planned_estimate");
    const { status, body } = await jsonAnswer(
      patchMilestone(tokens.analyst, m.id, {
        version: m.version,
        status: "in_progress",
        percentComplete: 40,
        evidenceUrl: EVIDENCE,
        reason: "Talks under way, per the linked report",
      }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "in_progress", provenance: "planned_estimate" });
  });
});
