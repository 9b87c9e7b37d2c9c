import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/import/milestones/route";
import { GET as templateRoute } from "@/app/api/import/milestones/template/route";
import { IMPORT_COLUMNS, type ImportColumn } from "@/lib/domain/csv-import";
import { importCsv, type ImportCells } from "../support/import-csv";
import { apiRequest, noParams } from "./support/api-fixtures";
import { databaseForFile } from "./support/fixtures";
import { readMilestone, untouchedMilestone } from "./support/milestones";
import { TODAY } from "./support/today";

const { db, tokens, userIds } = databaseForFile({ seed: true, accounts: true });

type Row = ImportCells;
const csv = importCsv;

function post(
  body: BodyInit,
  token: string | null = tokens.analyst,
  contentType: string | null = "text/csv",
) {
  const request = apiRequest("/api/import/milestones", {
    method: "POST",
    token: token ?? undefined,
    rawBody: body,
    contentType,
  });
  return importRoute(request, noParams);
}

function getTemplate(token: string | null = tokens.analyst) {
  return templateRoute(
    apiRequest("/api/import/milestones/template", { token: token ?? undefined }),
    noParams,
  );
}

/** A seeded not-started milestone of that initiative that no test has changed yet. */
const freshMilestone = (slug: string) => untouchedMilestone(db.prisma, { slug });

async function counts() {
  return {
    milestones: await db.prisma.milestone.count(),
    events: await db.prisma.changeEvent.count(),
  };
}

const newRow = (extra: Row = {}): Row => ({
  initiative_slug: "ksfta-upgrade",
  title: "Second negotiating round",
  side: "joint",
  baseline_date: "2026-12-15",
  provenance: "planned_estimate",
  reason: "Round announced by the trade ministries",
  ...extra,
});

describe("GET /api/import/milestones/template", () => {
  it("answers a CSV attachment whose update row names a real milestone and version, and whose examples import once their slug is real", async () => {
    const res = await getTemplate();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="corridor-milestones-template.csv"',
    );
    const text = await res.text();
    const [header, create, update] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual([...IMPORT_COLUMNS]);
    const column = (row: string[], name: ImportColumn) => row[IMPORT_COLUMNS.indexOf(name)];
    expect(column(create, "initiative_slug")).toBe("example-ksfta-upgrade");
    expect(column(create, "milestone_id")).toBe("");
    const milestone = await db.prisma.milestone.findUniqueOrThrow({
      where: { id: column(update, "milestone_id") },
      include: { initiative: true },
    });
    expect(milestone.initiative.slug).toBe("ksfta-upgrade");
    expect(column(update, "version")).toBe(String(milestone.version));

    const imported = await post(text.replaceAll("example-ksfta-upgrade", "ksfta-upgrade"));
    expect(imported.status).toBe(201);
    // The creation is one event; the update changes percent complete, and the status too if it had not started.
    const events = 1 + (milestone.status === "not_started" ? 2 : 1);
    expect(await imported.json()).toEqual({ created: 1, updated: 1, unchanged: 0, events });
    expect(await readMilestone(db.prisma, milestone.id)).toMatchObject({
      status: "in_progress",
      version: milestone.version + 1,
    });
  });

  it("refuses executives with 403 and callers without a token with 401", async () => {
    expect((await getTemplate(tokens.executive)).status).toBe(403);
    expect((await getTemplate(null)).status).toBe(401);
  });
});

describe("POST /api/import/milestones", () => {
  it("imports nothing when one row is bad, and reports the bad rows by line", async () => {
    const touched = await freshMilestone("ksfta-upgrade");
    const before = await counts();
    const file = csv(
      newRow(),
      {
        initiative_slug: "ksfta-upgrade",
        milestone_id: touched.id,
        version: String(touched.version),
        status: "in_progress",
        percent_complete: "30",
        reason: "Talks under way",
      },
      newRow({ title: "Bad date", baseline_date: "2026-02-30" }),
      newRow({ initiative_slug: "no-such-initiative" }),
    );
    const res = await post(file);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "2 rows have problems; nothing was imported.",
      code: "invalid",
      rows: [
        { line: 4, errors: ["baseline_date: Use a real calendar date written YYYY-MM-DD."] },
        { line: 5, errors: ['initiative_slug: no initiative has the slug "no-such-initiative".'] },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(await readMilestone(db.prisma, touched.id)).toEqual(touched);
  });

  it("creates and updates milestones, each change a change event with its author and reason, and bumps versions", async () => {
    const analyst = { id: userIds.analyst };
    const replanned = await freshMilestone("ksfta-upgrade");
    const finished = await freshMilestone("mou-quantum");
    const before = await counts();
    const file = csv(
      newRow({ title: "Imported: legal review of the upgrade text" }),
      newRow({
        title: "Imported: semiconductor chapter drafted",
        workstream: "Semiconductors",
        status: "in_progress",
        percent_complete: "40",
        effective_date: "2026-11-20",
        confidence: "medium",
      }),
      {
        initiative_slug: "ksfta-upgrade",
        milestone_id: replanned.id,
        version: String(replanned.version),
        status: "in_progress",
        percent_complete: "30",
        planned_date: "2027-01-31",
        reason: "Talks slower than planned",
      },
      {
        initiative_slug: "mou-quantum",
        milestone_id: finished.id,
        version: String(finished.version),
        status: "done",
        actual_date: "2026-11-02",
        evidence_url: "https://example.org/quantum-news",
        reason: "Announced by the ministry",
      },
    );
    const res = await post(file);
    expect(res.status).toBe(201);
    const result = await res.json();
    expect(result).toEqual({ created: 2, updated: 2, unchanged: 0, events: 1 + 3 + 3 + 2 });
    expect(await counts()).toEqual({
      milestones: before.milestones + 2,
      events: before.events + result.events,
    });

    const drafted = await db.prisma.milestone.findFirstOrThrow({
      where: { title: "Imported: semiconductor chapter drafted" },
      include: { workstream: true, changeEvents: true },
    });
    expect(drafted).toMatchObject({
      status: "in_progress",
      percentComplete: 40,
      version: 2,
      workstream: { name: "Semiconductors" },
    });
    const sets = new Set(drafted.changeEvents.map((e) => e.changeSetId));
    expect(sets.size).toBe(2);
    expect(drafted.changeEvents.map((e) => e.field).sort()).toEqual([
      "created",
      "percentComplete",
      "status",
    ]);
    for (const event of drafted.changeEvents) {
      expect(event).toMatchObject({
        authorId: analyst.id,
        authorLabel: "Demo Analyst",
        reason: "Round announced by the trade ministries",
        confidence: "medium",
      });
      expect(event.effectiveDate.toISOString().slice(0, 10)).toBe("2026-11-20");
    }

    const scrub = await db.prisma.milestone.findFirstOrThrow({
      where: { title: "Imported: legal review of the upgrade text" },
      include: { changeEvents: true },
    });
    expect(scrub).toMatchObject({
      status: "not_started",
      version: 1,
      plannedDate: new Date("2026-12-15T00:00:00Z"),
    });
    expect(scrub.changeEvents).toHaveLength(1);
    expect(scrub.changeEvents[0].effectiveDate.toISOString().slice(0, 10)).toBe(TODAY);

    /** The milestone with the change events the analyst's import wrote. */
    const withImportedEvents = (id: string) =>
      db.prisma.milestone.findUniqueOrThrow({
        where: { id },
        include: { changeEvents: { where: { authorId: analyst.id } } },
      });
    const after = await withImportedEvents(replanned.id);
    expect(after).toMatchObject({
      version: replanned.version + 1,
      status: "in_progress",
      percentComplete: 30,
      baselineDate: replanned.baselineDate,
      plannedDate: new Date("2027-01-31T00:00:00Z"),
    });
    expect(after.changeEvents.map((e) => e.field).sort()).toEqual([
      "percentComplete",
      "plannedDate",
      "status",
    ]);
    expect(after.changeEvents.map((e) => e.reason)).toEqual(
      Array(3).fill("Talks slower than planned"),
    );

    const done = await withImportedEvents(finished.id);
    expect(done).toMatchObject({
      version: finished.version + 1,
      status: "done",
      actualDate: new Date("2026-11-02T00:00:00Z"),
    });
    expect(done.changeEvents.map((e) => [e.field, e.newValue, e.evidenceUrl]).sort()).toEqual([
      ["actualDate", "2026-11-02", "https://example.org/quantum-news"],
      ["status", "done", "https://example.org/quantum-news"],
    ]);
  });

  it("accepts the file as multipart/form-data in a field named file", async () => {
    const form = new FormData();
    form.append(
      "file",
      new File([csv(newRow({ title: "Uploaded from the import page" }))], "milestones.csv", {
        type: "text/csv",
      }),
    );
    const res = await post(form, tokens.analyst, null);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 1, updated: 0, unchanged: 0, events: 1 });
    expect(
      await db.prisma.milestone.count({ where: { title: "Uploaded from the import page" } }),
    ).toBe(1);

    const empty = new FormData();
    empty.append("other", "x");
    expect((await post(empty, tokens.analyst, null)).status).toBe(400);
  });

  it("rejects a row based on a stale version with its line and the current version", async () => {
    const m = await freshMilestone("mou-ai-cooperation");
    const file = csv(newRow(), {
      initiative_slug: "mou-ai-cooperation",
      milestone_id: m.id,
      version: String(m.version),
      status: "blocked",
      reason: "Waiting on funding",
    });
    expect(
      (
        await post(
          csv({
            initiative_slug: "mou-ai-cooperation",
            milestone_id: m.id,
            version: String(m.version),
            status: "in_progress",
            reason: "Work began",
          }),
        )
      ).status,
    ).toBe(201);
    const before = await counts();
    const res = await post(file);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("1 row has problems; nothing was imported.");
    expect(body.rows).toEqual([
      {
        line: 3,
        errors: [
          expect.stringContaining(
            `based on version ${m.version}, but the milestone is now at version ${m.version + 1}`,
          ),
        ],
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("checks rows against the database: unknown or misplaced milestones, unknown workstreams, the done rule", async () => {
    const quantum = await freshMilestone("mou-quantum");
    const ksfta = await freshMilestone("ksfta-upgrade");
    const res = await post(
      csv(
        {
          initiative_slug: "ksfta-upgrade",
          milestone_id: "no-such-milestone",
          version: "1",
          status: "blocked",
          reason: "Stalled",
        },
        {
          initiative_slug: "ksfta-upgrade",
          milestone_id: quantum.id,
          version: String(quantum.version),
          status: "blocked",
          reason: "Stalled",
        },
        newRow({ workstream: "Shipbuilding" }),
        {
          initiative_slug: "ksfta-upgrade",
          milestone_id: ksfta.id,
          version: String(ksfta.version),
          status: "done",
          evidence_url: "https://example.org/e",
          reason: "Finished",
        },
        {
          initiative_slug: "ksfta-upgrade",
          milestone_id: ksfta.id + "x",
          version: "1",
          status: "blocked",
          reason: "Stalled",
        },
      ),
    );
    expect(res.status).toBe(400);
    const { rows } = await res.json();
    expect(rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0].errors).toEqual(['milestone_id: no milestone has the id "no-such-milestone".']);
    expect(rows[1].errors).toEqual([
      'milestone_id: this milestone belongs to initiative "mou-quantum", not "ksfta-upgrade".',
    ]);
    expect(rows[2].errors[0]).toMatch(
      /^workstream: initiative "ksfta-upgrade" has no workstream named "Shipbuilding" \(it has: "Semiconductors"/,
    );
    expect(rows[3].errors).toEqual([
      "actual_date: Marking a milestone done needs its actual date.",
    ]);
  });

  it("refuses oversized files (413), too many rows, a bad header and other content types (400)", async () => {
    const before = await counts();
    expect((await post("x".repeat(1_000_001))).status).toBe(413);
    const big = new FormData();
    big.append("file", new File(["x".repeat(1_000_001)], "big.csv", { type: "text/csv" }));
    expect((await post(big, tokens.analyst, null)).status).toBe(413);

    const many = await post(csv(...Array.from({ length: 2001 }, () => newRow())));
    expect(many.status).toBe(400);
    expect((await many.json()).error).toMatch(/2,001 milestone rows; import at most 2,000/);

    const header = await post("initiative_slug,title,colour\nksfta-upgrade,A,red\n");
    expect(header.status).toBe(400);
    const body = await header.json();
    expect(body.error).toBe("The header row has problems; nothing was imported.");
    expect(body.rows[0].line).toBe(1);
    expect(body.rows[0].errors.join(" ")).toMatch(
      /Unknown column: colour.*Missing columns: milestone_id/,
    );

    expect((await post(csv(newRow()), tokens.analyst, "application/json")).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("refuses executives with 403 and callers without a token with 401", async () => {
    const before = await counts();
    expect((await post(csv(newRow()), tokens.executive)).status).toBe(403);
    expect((await post(csv(newRow()), null)).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
