// The fixed facts of each generated initiative and milestone (dates, kind, final status, the
// window its changes fall in), drawn before any event budget is handed out.
import { addDaysIso, daysBetween, formatMonth } from "../../../lib/domain/dates";
import type {
  Health,
  InitiativeKind,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Provenance,
  RecordVerdict,
  Side,
} from "../../../lib/domain/types";
import type { SeedInitiative, SeedSource } from "../types";
import { chooseOutcome } from "./milestone-history";
import type { Rng } from "./random";
import {
  FOCUS_AREAS,
  GENERATED_SLUG_PREFIX,
  GENERATED_SOURCE_PREFIX,
  INITIAL_LIFECYCLE,
  KIND_WEIGHTS,
  KOREA_LEADS,
  MILESTONE_TITLES,
  OWNERS,
  PUBLISHERS,
  SINGAPORE_LEADS,
  WORKSTREAMS,
} from "./vocabulary";

const FIRST_BASELINE: IsoDay = "2024-01-15";
const LAST_BASELINE: IsoDay = "2028-12-15";

export type InitiativeFrame = {
  number: string;
  slug: string;
  kind: InitiativeKind;
  launchDate: IsoDay;
  initialLifecycle: LifecycleStatus;
  initialHealth: Health;
  sources: SeedSource[];
  workstreams: string[];
  /** How many milestones it gets, relative to the others. */
  size: number;
};

export type MilestoneFrame = {
  key: string;
  title: string;
  workstream?: string;
  side: Side;
  weight: number;
  provenance: Provenance;
  sourceKeys: string[];
  plannedOn: IsoDay;
  baselineDate: IsoDay;
  outcome: MilestoneStatus;
  /** The first and last day its changes may take effect. */
  from: IsoDay;
  to: IsoDay;
};

export function initiativeFrame(
  rng: Rng,
  index: number,
  historyStart: IsoDay,
  historyEnd: IsoDay,
): InitiativeFrame {
  const number = String(index + 1).padStart(5, "0");
  const kind = rng.weighted(KIND_WEIGHTS);
  // Earlier launches are likelier, so much of the portfolio has years of history behind it.
  const launchSpan = daysBetween(historyStart, historyEnd) - 60;
  const launchDate = addDaysIso(historyStart, Math.floor(rng.next() ** 1.4 * launchSpan));
  const sources = Array.from({ length: rng.int(3, 6) }, (_, j) => ({
    key: `${GENERATED_SOURCE_PREFIX}${number}-${j + 1}`,
    title: `Generated record ${j + 1} of agreement ${number} (benchmark data)`,
    url: `https://example.org/generated/${number}/record-${j + 1}`,
    publisher: rng.pick(PUBLISHERS),
    publishedOn: addDaysIso(launchDate, rng.int(0, daysBetween(launchDate, historyEnd))),
  }));
  return {
    number,
    slug: `${GENERATED_SLUG_PREFIX}${number}`,
    kind,
    launchDate,
    initialLifecycle: rng.weighted(INITIAL_LIFECYCLE[kind]),
    initialHealth: rng.chance(0.7) ? "not_assessed" : "on_track",
    sources,
    workstreams: rng.sample(WORKSTREAMS, rng.int(2, 5)),
    size: (0.5 + rng.next()) * (kind === "fta_upgrade" ? 1.6 : 1),
  };
}

export function milestoneFrame(
  rng: Rng,
  initiative: InitiativeFrame,
  position: number,
  historyEnd: IsoDay,
): MilestoneFrame {
  const lastPlannedOn = addDaysIso(historyEnd, -7);
  const plannedOn = rng.chance(0.7)
    ? initiative.launchDate
    : addDaysIso(
        initiative.launchDate,
        rng.int(0, Math.max(0, daysBetween(initiative.launchDate, lastPlannedOn))),
      );
  const baselineDate = baselineFor(rng, plannedOn);
  let outcome = chooseOutcome(rng, baselineDate, historyEnd);
  const from = addDaysIso(plannedOn, 1);
  let to = historyEnd;
  if (outcome === "done" || outcome === "cancelled") {
    const settled = addDaysIso(baselineDate, rng.int(-45, 120));
    to = settled < from ? from : settled > historyEnd ? historyEnd : settled;
  }
  // Too short a window for the steps its status needs: it has not started yet.
  if (daysBetween(from, to) + 1 < 3) outcome = "not_started";
  const sourced = rng.chance(0.45);
  const keys = initiative.sources.map((s) => s.key);
  const number = String(position + 1).padStart(2, "0");
  const title = rng.pick(MILESTONE_TITLES);
  return {
    key: `${initiative.slug}-m${number}`,
    title: `${title} ${number}`,
    workstream: rng.chance(0.85) ? rng.pick(initiative.workstreams) : undefined,
    side: rng.weighted<Side>([
      ["joint", 45],
      ["korea", 28],
      ["singapore", 27],
    ]),
    weight: rng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ]),
    provenance: sourced ? "sourced" : "planned_estimate",
    sourceKeys: sourced ? rng.sample(keys, rng.int(1, 2)) : rng.sample(keys, rng.int(0, 1)),
    plannedOn,
    baselineDate,
    outcome,
    from,
    to,
  };
}

/** A baseline 1 month to about 3 years after the milestone entered the plan, within 2024–2028. */
function baselineFor(rng: Rng, plannedOn: IsoDay): IsoDay {
  const earliest = maxOf(FIRST_BASELINE, addDaysIso(plannedOn, 30));
  const latest = minOf(LAST_BASELINE, addDaysIso(plannedOn, 1200));
  const day = addDaysIso(earliest, rng.int(0, Math.max(0, daysBetween(earliest, latest))));
  // Plans often name a month's end.
  return rng.chance(0.5) ? minOf(LAST_BASELINE, monthEnd(day)) : day;
}

function monthEnd(day: IsoDay): IsoDay {
  const [y, m] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const maxOf = (a: IsoDay, b: IsoDay) => (a > b ? a : b);
const minOf = (a: IsoDay, b: IsoDay) => (a < b ? a : b);

/** The descriptive fields of a generated initiative: everything but its history. */
export function initiativeDescription(
  rng: Rng,
  frame: InitiativeFrame,
  seed: number,
  milestoneCount: number,
): Omit<SeedInitiative, "changes" | "milestones" | "statusUpdates"> {
  const targetStart = addDaysIso(frame.launchDate, rng.int(90, 540));
  const targetEnd = addDaysIso(targetStart, rng.int(30, 180));
  const official = rng.chance(0.2);
  const keys = frame.sources.map((s) => s.key);
  const noun = kindNoun(frame.kind);
  return {
    slug: frame.slug,
    title: `Generated agreement ${frame.number} (benchmark data)`,
    kind: frame.kind,
    summary: `Generated benchmark data (seed ${seed}), not a real agreement: ${noun}, ${milestoneCount} milestones, sources on example.org.`,
    focusAreas: rng.sample(FOCUS_AREAS, rng.int(2, 3)),
    koreaLeads: rng.sample(KOREA_LEADS, rng.int(1, 2)),
    singaporeLeads: rng.sample(SINGAPORE_LEADS, rng.int(1, 2)),
    launchDate: frame.launchDate,
    target: {
      start: targetStart,
      end: targetEnd,
      label: `By ${formatMonth(targetEnd)}`,
      kind: official ? "official_commitment" : "external_expectation",
      ...(official ? { sourceKey: keys[0] } : {}),
      note: "Generated target window (benchmark data).",
    },
    initialLifecycleStatus: frame.initialLifecycle,
    initialHealth: frame.initialHealth,
    owner: rng.pick(OWNERS),
    sourceKeys: rng.sample(keys, rng.int(1, 3)),
    workstreams: frame.workstreams.map((name) => ({
      name,
      description: `Generated workstream: ${name.toLowerCase()}.`,
    })),
    recordNotes: Array.from({ length: rng.int(0, 2) }, () => ({
      verdict: rng.weighted<RecordVerdict>([
        ["consistent", 40],
        ["differs", 30],
        ["unverified", 20],
        ["disputed", 10],
      ]),
      briefSays: `The brief expects tangible progress by ${formatMonth(targetEnd)}.`,
      recordSays: "Generated note: the example.org record shows work under way, dates unconfirmed.",
      sourceKeys: rng.sample(keys, rng.int(0, 1)),
    })),
  };
}

const kindNoun = (kind: InitiativeKind) =>
  ({
    fta_upgrade: "a trade agreement upgrade",
    mou: "a memorandum of understanding",
    investment_agreement: "an investment agreement",
    other: "a cooperation programme",
  })[kind];
