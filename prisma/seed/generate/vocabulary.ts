// Words for generated benchmark data. Every name says it is generated, so nobody mistakes it for
// the real Korea–Singapore portfolio.
import type { InitiativeKind, LifecycleStatus } from "../../../lib/domain/types";

export const GENERATED_SLUG_PREFIX = "gen-";
export const GENERATED_AUTHOR = "Benchmark data generator";
export const GENERATED_SOURCE_PREFIX = "GEN-";

export const KIND_WEIGHTS: [InitiativeKind, number][] = [
  ["mou", 55],
  ["investment_agreement", 25],
  ["other", 14],
  ["fta_upgrade", 6],
];

/** Where each kind usually stands when it enters the tracker. */
export const INITIAL_LIFECYCLE: Record<InitiativeKind, [LifecycleStatus, number][]> = {
  fta_upgrade: [
    ["announced", 1],
    ["negotiating", 2],
  ],
  mou: [
    ["signed", 7],
    ["announced", 3],
  ],
  investment_agreement: [
    ["announced", 2],
    ["negotiating", 1],
    ["signed", 1],
  ],
  other: [
    ["announced", 3],
    ["implementing", 1],
  ],
};

export const FOCUS_AREAS = [
  "Tariff schedules",
  "Rules of origin",
  "Services market access",
  "Digital trade",
  "Data flows",
  "Clean energy",
  "Small modular reactors",
  "Quantum research",
  "Space and satellites",
  "Artificial intelligence",
  "Green shipping",
  "Supply-chain resilience",
  "Capital deployment",
  "Researcher exchange",
  "Standards and conformity",
  "Customs facilitation",
];

export const WORKSTREAMS = [
  "Market access",
  "Rules and standards",
  "Digital economy",
  "Energy cooperation",
  "Research and talent",
  "Investment pipeline",
  "Customs and logistics",
  "Governance and review",
  "Pilot projects",
  "Legal scrubbing",
];

export const KOREA_LEADS = [
  "Example Ministry of Trade (Korea)",
  "Example Ministry of Science (Korea)",
  "Example Energy Agency (Korea)",
  "Example Development Bank (Korea)",
  "Example Customs Service (Korea)",
];

export const SINGAPORE_LEADS = [
  "Example Trade Ministry (Singapore)",
  "Example Research Foundation (Singapore)",
  "Example Energy Office (Singapore)",
  "Example Investment Company (Singapore)",
  "Example Digital Agency (Singapore)",
];

export const OWNERS = [
  "Trade desk",
  "Technology desk",
  "Energy desk",
  "Investment desk",
  "Digital desk",
];

export const PUBLISHERS = ["Example Trade Ministry", "Example Press Office", "Example Daily"];

export const MILESTONE_TITLES = [
  "Negotiating round",
  "Working group meeting",
  "Joint committee meeting",
  "Joint study report delivered",
  "Implementing arrangement signed",
  "Pilot project launched",
  "Legal scrubbing completed",
  "Ratification step",
  "Funding call opened",
  "Progress review",
  "Data-sharing framework agreed",
  "Investment tranche committed",
];

export const REPLAN_CAUSES = [
  "meeting calendar moved",
  "counterpart asked for more time",
  "inputs from another workstream came late",
  "legal review took longer",
  "ministerial schedule changed",
  "budget approval pending",
];

export const UPDATE_LINES = [
  "Officials met as planned and agreed next steps.",
  "The working group exchanged draft texts.",
  "A planned meeting was postponed at the counterpart's request.",
  "Funding for the next phase is under review.",
  "Technical talks continue on the remaining open items.",
  "Both sides confirmed their leads for the next stage.",
  "The joint report was circulated for comment.",
  "No public report of progress since the last update.",
];
