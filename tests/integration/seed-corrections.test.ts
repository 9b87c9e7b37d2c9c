// The seed corrections after the second check of the record (prisma/seed/corrections.ts):
// (a) a fresh database holds the corrected facts; (b) a database seeded with the old seed gets
// each correction once, as recorded change events, and ends where a fresh one starts; (c) in
// both, history replays to the stored rows.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getInitiative } from "@/app/api/initiatives/[slug]/route";
import type { PrismaClient } from "@/lib/db/client";
import { dayToDate, toIsoDay } from "@/lib/domain/dates";
import { decodeList } from "@/lib/domain/replay";
import type { Role } from "@/lib/domain/types";
import { getInitiativeDetailAsOf } from "@/lib/server/initiative-as-of";
import { SEED_AUTHOR, SEED_CORRECTION_AUTHOR } from "@/prisma/seed/build";
import { SEED_CORRECTIONS } from "@/prisma/seed/corrections";
import { SOURCES } from "@/prisma/seed/sources";
import { seedPortfolio } from "@/prisma/seed/write";
import { apiRequest, createRoleTokens, routeParams } from "./support/api-fixtures";
import { expectStoredRowsToEqualReplay } from "./support/replay";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const TODAY = "2026-11-28";
/** The last commit whose prisma/seed holds the seed as it was before the corrections. */
const OLD_SEED_COMMIT = "654e87978c7f0bb8605c397becbd4b596cbf9f77";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const OSTIN = "Office for Space Technology & Industry (OSTIn)";
const NSAS = "National Space Agency of Singapore (NSAS)";

type OldSeed = { seedPortfolio: (prisma: PrismaClient) => Promise<unknown> };

/**
 * The seed as it stood before the corrections, read from git into a temporary folder; its imports
 * of the app are pointed at this checkout. Needs the repository's history.
 */
async function loadOldSeed(dir: string): Promise<OldSeed> {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const files = git("ls-tree", "-r", "--name-only", OLD_SEED_COMMIT, "prisma/seed")
    .split("\n")
    .filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const text = git("show", `${OLD_SEED_COMMIT}:${file}`);
    const target = path.join(dir, file);
    const depth = path.relative(path.join(ROOT, path.dirname(file)), ROOT);
    const appImport = new RegExp(`from "${depth.replaceAll(".", "\\.")}/lib/`, "g");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text.replace(appImport, `from "${ROOT}/lib/`));
  }
  return (await import(/* @vite-ignore */ path.join(dir, "prisma/seed/write.ts"))) as OldSeed;
}

async function snapshot(prisma: PrismaClient) {
  return {
    initiatives: await prisma.initiative.count(),
    milestones: await prisma.milestone.count(),
    sources: await prisma.source.count(),
    events: await prisma.changeEvent.count(),
    statusUpdates: await prisma.statusUpdate.count(),
    recordNotes: await prisma.recordNote.count(),
    corrections: await prisma.seedCorrection.count(),
  };
}

/** The state a reader sees: every initiative, milestone, record note and source, by stable key. */
async function visibleState(prisma: PrismaClient) {
  const day = (d: Date | null) => (d ? toIsoDay(d) : null);
  const keys = (rows: { key: string }[]) => rows.map((s) => s.key).sort();
  const initiatives = await prisma.initiative.findMany({
    include: {
      sources: { select: { key: true } },
      workstreams: { select: { name: true, description: true }, orderBy: { name: "asc" } },
    },
  });
  const milestones = await prisma.milestone.findMany({
    include: { sources: { select: { key: true } } },
  });
  const notes = await prisma.recordNote.findMany({
    include: { sources: { select: { key: true } } },
  });
  const sources = await prisma.source.findMany();
  return {
    initiatives: Object.fromEntries(
      initiatives.map((i) => [
        i.slug,
        {
          summary: i.summary,
          lifecycleStatus: i.lifecycleStatus,
          health: i.health,
          koreaLeads: i.koreaLeads,
          singaporeLeads: i.singaporeLeads,
          sources: keys(i.sources),
          workstreams: i.workstreams,
        },
      ]),
    ),
    milestones: Object.fromEntries(
      milestones.map((m) => [
        m.id,
        {
          title: m.title,
          description: m.description,
          provenance: m.provenance,
          status: m.status,
          percentComplete: m.percentComplete,
          baselineDate: day(m.baselineDate),
          plannedDate: day(m.plannedDate),
          actualDate: day(m.actualDate),
          side: m.side,
          weight: m.weight,
          sources: keys(m.sources),
        },
      ]),
    ),
    recordNotes: Object.fromEntries(
      notes.map((n) => [
        n.id,
        {
          verdict: n.verdict,
          briefSays: n.briefSays,
          recordSays: n.recordSays,
          sources: keys(n.sources),
        },
      ]),
    ),
    sources: Object.fromEntries(
      sources.map((s) => [
        s.key,
        {
          title: s.title,
          url: s.url,
          publisher: s.publisher,
          publishedOn: day(s.publishedOn),
          note: s.note,
        },
      ]),
    ),
  };
}

/** Replays every stored event to today and expects the stored rows, leads and summaries. */
async function expectHistoryToReplayToRows(prisma: PrismaClient) {
  await expectStoredRowsToEqualReplay(prisma, TODAY);
  for (const i of await prisma.initiative.findMany()) {
    // The fields replayed from their own changes (summary, leads) read today's row today.
    const asOfToday = await getInitiativeDetailAsOf(prisma, i.slug, TODAY, "effective");
    expect(asOfToday.summary, i.slug).toBe(i.summary);
    expect(asOfToday.leads, i.slug).toEqual({ korea: i.koreaLeads, singapore: i.singaporeLeads });
  }
}

async function spaceLeads(tokens: Record<Role, string>, query = "") {
  const slug = "mou-space-satellite";
  const res = await getInitiative(
    apiRequest(`/api/initiatives/${slug}${query}`, { token: tokens.executive }),
    routeParams({ slug }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { leads: { singapore: string[] } }).leads.singapore;
}

let previousToday: string | undefined;
let fresh: TestDatabase;
let freshClosed: Promise<void> | undefined;
/** The app's client follows the newest test database: close the fresh one (once) before the next. */
const closeFresh = () => (freshClosed ??= fresh?.close());
let freshTokens: Record<Role, string>;
let freshState: Awaited<ReturnType<typeof visibleState>>;
let oldSeedDir: string | undefined;

beforeAll(async () => {
  previousToday = process.env.CORRIDOR_TODAY;
  process.env.CORRIDOR_TODAY = TODAY;
  fresh = await createTestDatabase();
  await seedPortfolio(fresh.prisma);
  freshTokens = await createRoleTokens(fresh);
  freshState = await visibleState(fresh.prisma);
});
afterAll(async () => {
  await closeFresh();
  if (oldSeedDir) rmSync(oldSeedDir, { recursive: true, force: true });
  if (previousToday === undefined) delete process.env.CORRIDOR_TODAY;
  else process.env.CORRIDOR_TODAY = previousToday;
});

describe("(a) a freshly seeded database", () => {
  it("has the corrected history directly: every correction marked as in its seed, none applied", async () => {
    const rows = await fresh.prisma.seedCorrection.findMany();
    expect(rows.map((r) => r.id).sort()).toEqual(SEED_CORRECTIONS.map((c) => c.id).sort());
    expect(rows.every((r) => r.outcome === "in seed")).toBe(true);
    expect(
      await fresh.prisma.changeEvent.count({ where: { authorLabel: SEED_CORRECTION_AUTHOR } }),
    ).toBe(0);
  });

  it("holds the corrected facts", async () => {
    const { initiatives, milestones, sources, recordNotes } = freshState;
    // Sources: S3 no longer carries the 'modular' claim; replaced by primary records.
    expect(sources.S3.note).toMatch(/does not mention a 'modular' update/);
    expect(recordNotes["rn_ksfta-upgrade_1"].sources).toEqual(
      expect.arrayContaining(["S49", "S50"]),
    );
    expect(sources.S29.url).toMatch(/^https:\/\/www\.gov\.uk\//);
    expect(sources.S29.publishedOn).toBe("2025-12-15");
    expect(sources.S20.url).toMatch(/^https:\/\/www\.pmo\.gov\.sg\//);
    expect(sources.S42.url).toMatch(/^https:\/\/www\.mti\.gov\.sg\//);
    expect(sources.S42.publishedOn).toBe("2025-11-06");
    expect(sources.S47.note).toMatch(/US\$63bn as of 30 September 2025/);
    // FTA: ministers' titles, and the hearing before the launch.
    expect(milestones["ms_ksfta-launch"].description).toMatch(
      /Minister of Trade, Industry and Resources Kim Jung-kwan.*Minister-in-charge of Energy and Science & Technology/,
    );
    expect(milestones["ms_ksfta-kr-public-hearing"]).toMatchObject({
      status: "cancelled",
      percentComplete: 0,
      baselineDate: "2026-03-02",
      plannedDate: "2026-03-02",
    });
    // AI: titles, signatories, the Ministry of Intellectual Property, the pending framework.
    expect(milestones["ms_ai-nipa-htx-signed"].title).toMatch(
      /AI and digital technology cooperation in public safety/,
    );
    expect(milestones["ms_ai-nipa-htx-signed"].description).toMatch(/Park Yoon-kyu.*Chan Tsan/);
    expect(milestones["ms_ai-ipos-signed"].description).toMatch(/Kim Yong-sun.*Nicky Tan/);
    expect(initiatives["mou-ai-cooperation"].koreaLeads).toContain(
      "Ministry of Intellectual Property",
    );
    expect(milestones["ms_ai-cooperation-framework"]).toMatchObject({
      status: "not_started",
      provenance: "planned_estimate",
    });
    expect(milestones["ms_ai-joint-rd-programme-start"].description).toMatch(
      /international.*not a bilateral budget/,
    );
    // SMR: signed 1 March, exchanged 2 March, by name; the i-SMR framing as a record note.
    expect(milestones["ms_smr-mou-signed"]).toMatchObject({ actualDate: "2026-03-01" });
    expect(milestones["ms_smr-mou-signed"].description).toMatch(
      /1 March.*Jeon Dae-wook.*Puah Kok Keong.*exchanged.*2 March/,
    );
    expect(recordNotes["rn_mou-small-modular-reactors_3"]).toMatchObject({ verdict: "disputed" });
    expect(recordNotes["rn_mou-small-modular-reactors_3"].recordSays).toMatch(/i-SMR/);
    // Quantum/space: the S&T joint committee; one signing counted once.
    expect(milestones["ms_quantum-joint-committee-1"].sources).toEqual(["S2"]);
    expect(milestones["ms_quantum-joint-committee-1"].title).toMatch(/joint committee/);
    expect(milestones["ms_space-st-mou-signed"]).toBeUndefined();
    // Space: the Singapore lead today is NSAS; nothing is blocked pending the Singapore side.
    expect(initiatives["mou-space-satellite"].singaporeLeads).toEqual([
      NSAS,
      "National Environment Agency (NEA)",
    ]);
    expect(milestones["ms_space-data-sharing-renewal"]).toMatchObject({
      status: "in_progress",
      side: "joint",
    });
    // Investment: not signed; the SME ministry's fund is separate; Seviora's assets.
    expect(initiatives["temasek-seviora-kdb"].lifecycleStatus).toBe("announced");
    expect(initiatives["temasek-seviora-kdb"].koreaLeads).toEqual(["Korea Development Bank (KDB)"]);
    expect(milestones["ms_invest-sme-fund-of-funds"]).toBeUndefined();
    expect(milestones["ms_ai-kvcc-fund-of-funds"]).toMatchObject({ status: "not_started" });
    expect(recordNotes["rn_temasek-seviora-kdb_1"].recordSays).toMatch(/US\$63bn.*US\$72bn/);
    // No initiative is off track, and no text says something is blocked pending Singapore.
    expect(Object.values(initiatives).map((i) => i.health)).not.toContain("off_track");
    expect(await fresh.prisma.statusUpdate.count({ where: { health: "off_track" } })).toBe(0);
    const texts = [
      ...(await fresh.prisma.changeEvent.findMany({ select: { reason: true } })).map(
        (e) => e.reason,
      ),
      ...(await fresh.prisma.statusUpdate.findMany({ select: { body: true } })).map((u) => u.body),
      ...Object.values(milestones).map((m) => m.description),
    ];
    expect(texts.filter((t) => /pending the Singapore side/i.test(t))).toEqual([]);
  });

  it("cites at least one source on every sourced milestone, and every source has a link", async () => {
    const sourced = Object.entries(freshState.milestones).filter(
      ([, m]) => m.provenance === "sourced",
    );
    expect(sourced.length).toBeGreaterThan(0);
    for (const [id, m] of sourced) expect(m.sources.length, id).toBeGreaterThan(0);
    for (const [key, s] of Object.entries(freshState.sources))
      expect(s.url, key).toMatch(/^https?:\/\//);
  });

  it("lists OSTIn as the Singapore lead as of 15 March 2026 and NSAS today", async () => {
    expect(await spaceLeads(freshTokens, "?asOf=2026-03-15")).toContain(OSTIN);
    expect(await spaceLeads(freshTokens)).toEqual([NSAS, "National Environment Agency (NEA)"]);
    expect(await spaceLeads(freshTokens, "?asOf=2026-04-15&basis=recorded")).toContain(NSAS);
  });

  it("(c) replays its history to the stored rows", async () => {
    await expectHistoryToReplayToRows(fresh.prisma);
  });
});

describe("(b) a database seeded with the old seed, then seeded again", () => {
  let old: TestDatabase;
  let oldTokens: Record<Role, string>;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let startedAt: Date;
  let second: Awaited<ReturnType<typeof seedPortfolio>>;

  beforeAll(async () => {
    await closeFresh();
    oldSeedDir ??= mkdtempSync(path.join(os.tmpdir(), "corridor-old-seed-"));
    const oldSeed = await loadOldSeed(oldSeedDir);
    old = await createTestDatabase();
    await oldSeed.seedPortfolio(old.prisma);
    oldTokens = await createRoleTokens(old);
    before = await snapshot(old.prisma);
    startedAt = new Date();
    second = await seedPortfolio(old.prisma);
  });
  afterAll(() => old?.close());

  it("started from the old seed: off track, OSTIn, signed, blocked pending Singapore", async () => {
    expect(before.corrections).toBe(0);
    const events = await old.prisma.changeEvent.findMany({
      where: { authorLabel: SEED_AUTHOR },
      select: { reason: true, newValue: true, field: true },
    });
    expect(events.some((e) => e.field === "health" && e.newValue === "off_track")).toBe(true);
    expect(events.some((e) => /pending the Singapore side/.test(e.reason))).toBe(true);
  });

  it("gets each correction once, as change events with its reason and evidence link", async () => {
    expect(second.initiativesCreated).toBe(0);
    expect(second.correctionsApplied).toBe(SEED_CORRECTIONS.length);
    const rows = await old.prisma.seedCorrection.findMany();
    expect(rows.map((r) => r.id).sort()).toEqual(SEED_CORRECTIONS.map((c) => c.id).sort());
    for (const row of rows)
      expect([row.id, row.outcome, row.detail]).toEqual([row.id, "applied", null]);

    const recorded = await old.prisma.changeEvent.findMany({
      where: { authorLabel: SEED_CORRECTION_AUTHOR },
    });
    for (const correction of SEED_CORRECTIONS) {
      const events = recorded.filter((e) =>
        e.changeSetId.startsWith(`cs_correction_${correction.id}_`),
      );
      expect(events.length, correction.id).toBeGreaterThan(0);
      expect(new Set(events.map((e) => e.changeSetId)).size, correction.id).toBe(1);
      const evidence = SOURCES.find((s) => s.key === correction.evidence)!.url;
      for (const e of events) {
        expect(e.reason, correction.id).toBe(correction.reason);
        expect(e.evidenceUrl, correction.id).toBe(evidence);
        expect(e.authorId).toBeNull();
        expect(e.recordedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
      }
    }
    expect(recorded.length).toBe((await snapshot(old.prisma)).events - before.events);
  });

  it("records the health, lifecycle, lead and milestone corrections as dated field changes", async () => {
    const changes = await old.prisma.changeEvent.findMany({
      where: { authorLabel: SEED_CORRECTION_AUTHOR },
      include: { initiative: { select: { slug: true } } },
    });
    const find = (slug: string, field: string, milestoneId: string | null = null) =>
      changes
        .filter(
          (e) => e.initiative.slug === slug && e.field === field && e.milestoneId === milestoneId,
        )
        .map((e) => ({
          oldValue: e.oldValue,
          newValue: e.newValue,
          effective: toIsoDay(e.effectiveDate),
        }));
    expect(find("ksfta-upgrade", "health")).toEqual([
      { oldValue: "off_track", newValue: "at_risk", effective: "2026-11-16" },
    ]);
    expect(find("mou-quantum", "health")).toEqual([
      { oldValue: "off_track", newValue: "at_risk", effective: "2026-09-30" },
    ]);
    expect(find("temasek-seviora-kdb", "lifecycleStatus")).toEqual([
      { oldValue: "implementing", newValue: "announced", effective: "2026-06-08" },
    ]);
    const leads = find("mou-space-satellite", "singaporeLeads");
    expect(leads).toHaveLength(1);
    expect(leads[0].effective).toBe("2026-04-01");
    expect(decodeList(leads[0].oldValue)).toContain(OSTIN);
    expect(decodeList(leads[0].newValue)).toContain(NSAS);
    expect(find("mou-space-satellite", "status", "ms_space-data-sharing-renewal")).toEqual([
      { oldValue: "blocked", newValue: "in_progress", effective: "2026-07-06" },
    ]);
    expect(find("temasek-seviora-kdb", "status", "ms_invest-sme-fund-of-funds")).toEqual([
      { oldValue: "in_progress", newValue: "cancelled", effective: "2026-11-28" },
    ]);
    expect(find("mou-ai-cooperation", "created", "ms_ai-cooperation-framework")).toHaveLength(1);
  });

  it("ends where a fresh database starts, but for the old-only milestones it cancelled", async () => {
    const state = await visibleState(old.prisma);
    expect(state.initiatives).toEqual(freshState.initiatives);
    expect(state.recordNotes).toEqual(freshState.recordNotes);
    expect(state.sources).toEqual(freshState.sources);
    const {
      "ms_space-st-mou-signed": stMou,
      "ms_invest-sme-fund-of-funds": fund,
      ...rest
    } = state.milestones;
    expect(rest).toEqual(freshState.milestones);
    expect([stMou.status, fund.status]).toEqual(["cancelled", "cancelled"]);
  });

  it("lists OSTIn as the Singapore lead as of 15 March 2026 and NSAS today", async () => {
    expect(await spaceLeads(oldTokens, "?asOf=2026-03-15")).toContain(OSTIN);
    expect(await spaceLeads(oldTokens, "?asOf=2026-04-02")).toContain(NSAS);
    expect(await spaceLeads(oldTokens)).toEqual([NSAS, "National Environment Agency (NEA)"]);
    // "As known on" 15 April, before the correction was recorded, the tracker still said OSTIn.
    expect(await spaceLeads(oldTokens, "?asOf=2026-04-15&basis=recorded")).toContain(OSTIN);
  });

  it("adds nothing when seeded a third time", async () => {
    const afterSecond = await snapshot(old.prisma);
    const third = await seedPortfolio(old.prisma);
    expect(third).toMatchObject({
      initiativesCreated: 0,
      sourcesCreated: 0,
      correctionsApplied: 0,
    });
    expect(await snapshot(old.prisma)).toEqual(afterSecond);
  });

  it("(c) replays its history to the stored rows", async () => {
    await expectHistoryToReplayToRows(old.prisma);
  });
});

describe("a field an analyst changed after the old seed", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    oldSeedDir ??= mkdtempSync(path.join(os.tmpdir(), "corridor-old-seed-"));
    const oldSeed = await loadOldSeed(oldSeedDir);
    db = await createTestDatabase();
    await oldSeed.seedPortfolio(db.prisma);
    // An analyst re-rated the FTA upgrade after the old seed's "off track", as the app records it.
    await db.prisma.initiative.update({
      where: { id: "ini_ksfta-upgrade" },
      data: { health: "on_track", version: { increment: 1 } },
    });
    await db.prisma.changeEvent.create({
      data: {
        changeSetId: "cs_analyst_rerating",
        entityType: "initiative",
        initiativeId: "ini_ksfta-upgrade",
        field: "health",
        oldValue: "off_track",
        newValue: "on_track",
        effectiveDate: dayToDate("2026-11-20"),
        recordedAt: new Date(),
        authorLabel: "Demo Analyst",
        reason: "Round 1 dates agreed at working level",
      },
    });
    await seedPortfolio(db.prisma);
  });
  afterAll(() => db?.close());

  it("is left as the analyst set it, and the correction's row says so", async () => {
    const row = await db.prisma.seedCorrection.findUniqueOrThrow({
      where: { id: "2026-11-ksfta-health-not-off-track" },
    });
    expect(row.outcome).toBe("applied in part");
    expect(row.detail).toMatch(/Left health as an analyst last set it/);
    const fta = await db.prisma.initiative.findUniqueOrThrow({
      where: { id: "ini_ksfta-upgrade" },
    });
    expect(fta.health).toBe("on_track");
    expect(
      await db.prisma.changeEvent.count({
        where: { initiativeId: fta.id, field: "health", authorLabel: SEED_CORRECTION_AUTHOR },
      }),
    ).toBe(0);
    await expectHistoryToReplayToRows(db.prisma);
  });
});
