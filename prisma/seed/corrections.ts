// Corrections to the seeded portfolio after a second check of the public record (November 2026;
// /work/shared/research/seed-facts.md, "Corrections after a second check of the record").
//
// A fresh database gets the corrected seed directly (initiatives/*.ts, sources.ts). A database
// seeded before these corrections gets each one exactly once, as recorded change events written
// by apply-corrections.ts (one change set per correction, with its reason and evidence link), and
// a row in `seed_correction` naming it. New values come from the corrected seed itself wherever
// they are text (titles, descriptions, summaries, record notes, sources), so the two paths cannot
// drift apart; values of replayed fields are stated here.
import type {
  Confidence,
  Health,
  IsoDay,
  LifecycleStatus,
  MilestoneStatus,
  Side,
} from "../../lib/domain/types";

/** When the second check established the corrections: the default effective date of each. */
export const CORRECTIONS_CHECKED_ON: IsoDay = "2026-11-28";

export type CorrectionOp =
  /** The initiative's summary, as the corrected seed has it. */
  | { kind: "summary"; effective?: IsoDay }
  | { kind: "lifecycleStatus"; to: LifecycleStatus; effective?: IsoDay }
  | { kind: "health"; to: Health; effective?: IsoDay }
  /** An initiative's leads: names added, removed, or replaced in place. */
  | {
      kind: "leads";
      field: "koreaLeads" | "singaporeLeads";
      add?: string[];
      remove?: string[];
      replace?: [from: string, to: string][];
      effective?: IsoDay;
    }
  /** A milestone's replayed fields (`set`) and its text as the corrected seed has it (`text`). */
  | {
      kind: "milestone";
      key: string;
      set?: Partial<{
        status: MilestoneStatus;
        percentComplete: number;
        plannedDate: IsoDay;
        baselineDate: IsoDay;
        side: Side;
      }>;
      text?: ("title" | "description")[];
      effective?: IsoDay;
    }
  /** A milestone of the corrected seed that the old one lacked, with its history. */
  | { kind: "newMilestone"; key: string }
  /** Cite a source on the initiative, and on one of its milestones when given. */
  | { kind: "cite"; source: string; milestone?: string }
  | { kind: "uncite"; source: string; milestone: string }
  /** The initiative's n-th record note (1-based), updated or added as the corrected seed has it. */
  | { kind: "recordNote"; index: number }
  | { kind: "workstream"; name: string }
  /** A source row (URL, title, publisher, date, note) as sources.ts now has it. */
  | { kind: "source"; key: string }
  /** A dated status update explaining the correction, at the initiative's health after it. */
  | { kind: "statusUpdate"; body: string };

export type SeedCorrection = {
  /** Stable key of the `seed_correction` row; never reuse one. */
  id: string;
  /** The initiative whose history records it. */
  slug: string;
  reason: string;
  /** Key of the source whose URL is recorded as the evidence. */
  evidence: string;
  confidence: Confidence;
  /** Effective date of its changes unless an operation gives its own. */
  effective?: IsoDay;
  ops: CorrectionOp[];
};

const OSTIN = "Office for Space Technology & Industry (OSTIn)";
const NSAS = "National Space Agency of Singapore (NSAS)";
const MOIP = "Ministry of Intellectual Property";
const MSS = "Ministry of SMEs and Startups (MSS)";

export const SEED_CORRECTIONS: SeedCorrection[] = [
  // ── KSFTA upgrade ─────────────────────────────────────────────────────────────────────────────
  {
    id: "2026-11-ksfta-modular-bio-pharma-citation",
    slug: "ksfta-upgrade",
    reason:
      "Second check of the record: SBS [S3] does not describe a 'modular' update or a bio/pharma focus. Segye [S49] and Herald Business [S50] do, and gloss green economy as decarbonisation cooperation and trade facilitation as faster customs; the claim now cites them.",
    evidence: "S49",
    confidence: "high",
    ops: [
      { kind: "source", key: "S3" },
      { kind: "cite", source: "S49", milestone: "ksfta-ws-semiconductors" },
      { kind: "cite", source: "S50" },
      { kind: "uncite", source: "S3", milestone: "ksfta-ws-semiconductors" },
      { kind: "milestone", key: "ksfta-ws-semiconductors", text: ["description"] },
      { kind: "workstream", name: "Semiconductors" },
      { kind: "recordNote", index: 1 },
    ],
  },
  {
    id: "2026-11-ksfta-ministers-titles",
    slug: "ksfta-upgrade",
    reason:
      "Ministers' titles corrected: Kim Jung-kwan is Korea's Minister of Trade, Industry and Resources; Tan See Leng is MTI's Minister-in-charge of Energy and Science & Technology, not Minister for Trade and Industry [S3].",
    evidence: "S3",
    confidence: "high",
    ops: [
      { kind: "source", key: "S1" },
      { kind: "cite", source: "S3", milestone: "ksfta-launch" },
      { kind: "milestone", key: "ksfta-launch", text: ["description"] },
    ],
  },
  {
    id: "2026-11-ksfta-hearing-before-launch",
    slug: "ksfta-upgrade",
    reason:
      "Korea's public hearing and report to the National Assembly come before negotiations open [S56], not after the 2 March launch. The step is taken out of the post-launch plan (cancelled, re-baselined to the launch day) and the assumed 30% progress withdrawn; when Korea held them is not reported in the sources held.",
    evidence: "S56",
    confidence: "medium",
    ops: [
      { kind: "cite", source: "S56", milestone: "ksfta-kr-public-hearing" },
      {
        kind: "milestone",
        key: "ksfta-kr-public-hearing",
        set: {
          status: "cancelled",
          percentComplete: 0,
          plannedDate: "2026-03-02",
          baselineDate: "2026-03-02",
        },
        text: ["title", "description"],
      },
    ],
  },
  {
    id: "2026-11-ksfta-health-not-off-track",
    slug: "ksfta-upgrade",
    reason:
      "At risk, not off track: the mid-2026 window is the brief's expectation, a news summary's words, not a commitment by either government; the joint statement sets no date [S1]. Passing it is not a missed commitment. No negotiating round is reported in the sources held since the launch.",
    evidence: "S1",
    confidence: "medium",
    ops: [
      { kind: "health", to: "at_risk", effective: "2026-11-16" },
      {
        kind: "statusUpdate",
        body: "Correction after a second check of the record: health is at risk, not off track. The mid-2026 window is the brief's expectation, not a commitment by either government, and no official schedule for the rounds has been published. No negotiating round is reported in the sources held since the 2 March launch. Korea's public hearing and report to the National Assembly come before negotiations open, so they are no longer planned after the launch.",
      },
    ],
  },
  {
    id: "2026-11-sources-s29-gov-uk",
    slug: "ksfta-upgrade",
    reason:
      "Source S29 replaced with the primary record: the GOV.UK conclusion summary of the Korea–UK upgrade (15 December 2025) instead of a secondary copy.",
    evidence: "S29",
    confidence: "high",
    ops: [{ kind: "source", key: "S29" }],
  },
  {
    id: "2026-11-sources-s20-pmo",
    slug: "ksfta-upgrade",
    reason:
      "Source S20 replaced with the primary record: the Prime Minister's Office page of PM Wong's remarks on 2 November 2025 instead of an EIN Presswire copy; cited here because the upgrade builds on that Strategic Partnership [S1].",
    evidence: "S20",
    confidence: "high",
    ops: [
      { kind: "source", key: "S20" },
      { kind: "cite", source: "S20" },
    ],
  },
  {
    id: "2026-11-sources-s28-note",
    slug: "ksfta-upgrade",
    reason:
      "Source S28 is a copy of the UK Minister for Trade's written statement on round 5; the parliament.uk original was not found in the stored record, so the copy stays and its note says so.",
    evidence: "S28",
    confidence: "medium",
    ops: [{ kind: "source", key: "S28" }],
  },

  // ── AI cooperation ────────────────────────────────────────────────────────────────────────────
  {
    id: "2026-11-ai-mou-titles-signatories",
    slug: "mou-ai-cooperation",
    reason:
      "MOU titles and signatories corrected: 'AI and digital technology cooperation in public safety', signed by NIPA's Park Yoon-kyu and HTX's Chan Tsan with both leaders present [S6][S44]; the IP MOU, on strengthening IP cooperation aimed at AI, signed by Minister of Intellectual Property Kim Yong-sun and IPOS chairman Nicky Tan [S7].",
    evidence: "S6",
    confidence: "high",
    ops: [
      { kind: "source", key: "S6" },
      { kind: "source", key: "S7" },
      { kind: "cite", source: "S44", milestone: "ai-nipa-htx-signed" },
      { kind: "milestone", key: "ai-nipa-htx-signed", text: ["title", "description"] },
      { kind: "milestone", key: "ai-ipos-signed", text: ["title", "description"] },
    ],
  },
  {
    id: "2026-11-ai-ip-ministry-lead",
    slug: "mou-ai-cooperation",
    reason:
      "Korea's Ministry of Intellectual Property signed the IP MOU with IPOS on 2 March [S7]: added to the Korean leads from that day.",
    evidence: "S7",
    confidence: "high",
    ops: [{ kind: "leads", field: "koreaLeads", add: [MOIP], effective: "2026-03-02" }],
  },
  {
    id: "2026-11-ai-cooperation-framework",
    slug: "mou-ai-cooperation",
    reason:
      "Korea said on 2 March it will pursue a Korea–Singapore AI Cooperation Framework [S8][S10][S52]: a pending commitment, not reported concluded in the sources held, and the closest match to the brief's 'AI cooperation MOU'. Added as a pending milestone (date a planned estimate); the summary and first record note now name the MOUs by their titles, the framework, the international R&D programme and the separate fund-of-funds.",
    evidence: "S10",
    confidence: "high",
    ops: [
      { kind: "source", key: "S10" },
      { kind: "cite", source: "S8" },
      { kind: "cite", source: "S52" },
      { kind: "newMilestone", key: "ai-cooperation-framework" },
      { kind: "summary", effective: "2026-03-02" },
      { kind: "recordNote", index: 1 },
    ],
  },
  {
    id: "2026-11-ai-rd-international",
    slug: "mou-ai-cooperation",
    reason:
      "MSIT's KRW 50bn over five years from 2027 is a new international AI and digital research programme in which Singapore is prioritised for consideration, not a bilateral budget [S43][S44][S53].",
    evidence: "S53",
    confidence: "high",
    ops: [
      { kind: "source", key: "S43" },
      { kind: "source", key: "S44" },
      { kind: "cite", source: "S53", milestone: "ai-joint-rd-programme-start" },
      { kind: "milestone", key: "ai-joint-rd-programme-start", text: ["title", "description"] },
      { kind: "milestone", key: "ai-joint-rd-planning", text: ["description"] },
      { kind: "recordNote", index: 2 },
    ],
  },
  {
    id: "2026-11-ai-follow-ups",
    slug: "mou-ai-cooperation",
    reason:
      "Follow-ups already in the sources added: Korean AI companies at HTX's April 2026 exhibition [S6] (no report that it happened is in the sources held) and prompt working-level talks under the IP MOU [S7] (date a planned estimate); seven institution and company AI MOUs, KAIST–NUS among them, signed at the AI Connect Summit [S53].",
    evidence: "S6",
    confidence: "medium",
    ops: [
      { kind: "newMilestone", key: "ai-htx-exhibition" },
      { kind: "newMilestone", key: "ai-ip-working-talks" },
      { kind: "cite", source: "S53", milestone: "ai-alliance-launch" },
      { kind: "milestone", key: "ai-alliance-launch", text: ["description"] },
    ],
  },
  {
    id: "2026-11-ai-kvcc-fund-of-funds",
    slug: "mou-ai-cooperation",
    reason:
      "The SME ministry's fund-of-funds in Singapore (K-VCC: H2 2026, US$300m by 2030) was announced under the AI Cooperation Framework [S10][S51], not as part of KDB–Seviora: now tracked here, without the progress the tracker had assumed for it, and the SME ministry added to the Korean leads.",
    evidence: "S51",
    confidence: "high",
    ops: [
      { kind: "cite", source: "S51" },
      { kind: "newMilestone", key: "ai-kvcc-fund-of-funds" },
      { kind: "leads", field: "koreaLeads", add: [MSS], effective: "2026-03-02" },
    ],
  },

  // ── Small modular reactors ────────────────────────────────────────────────────────────────────
  {
    id: "2026-11-smr-signing-and-exchange",
    slug: "mou-small-modular-reactors",
    reason:
      "The SMR MOU was signed on 1 March by KHNP acting president Jeon Dae-wook and EMA chief executive Puah Kok Keong [S4][S54], and exchanged in the leaders' presence on 2 March [S49][S50]. The Business Times report [S4] was published on 2 March.",
    evidence: "S54",
    confidence: "high",
    ops: [
      { kind: "source", key: "S4" },
      { kind: "cite", source: "S54", milestone: "smr-mou-signed" },
      { kind: "cite", source: "S49", milestone: "smr-mou-signed" },
      { kind: "cite", source: "S50", milestone: "smr-mou-signed" },
      { kind: "milestone", key: "smr-mou-signed", text: ["description"] },
      { kind: "summary", effective: "2026-03-01" },
      { kind: "recordNote", index: 1 },
    ],
  },
  {
    id: "2026-11-smr-i-smr-framing",
    slug: "mou-small-modular-reactors",
    reason:
      "Record note added: the Korean side frames the MOU as jointly developing an i-SMR business model [S3][S52], which sits uneasily with Singapore's position that it has made no decision to deploy nuclear energy [S4][S42].",
    evidence: "S52",
    confidence: "medium",
    ops: [
      { kind: "cite", source: "S52" },
      { kind: "recordNote", index: 3 },
    ],
  },
  {
    id: "2026-11-sources-s42-mti",
    slug: "mou-small-modular-reactors",
    reason:
      "Source S42 replaced with the primary record: MTI's oral reply of 6 November 2025 on Singapore's nuclear energy capabilities (no deployment decision; dedicated nuclear teams at EMA and NEA) instead of a secondary item.",
    evidence: "S42",
    confidence: "high",
    ops: [{ kind: "source", key: "S42" }],
  },

  // ── Quantum / science and technology MOU ──────────────────────────────────────────────────────
  {
    id: "2026-11-quantum-st-joint-committee",
    slug: "mou-quantum",
    reason:
      "The science and technology MOU sets up a science and technology joint committee as its cooperation framework [S2]; only the committee's meeting dates are the tracker's estimates.",
    evidence: "S2",
    confidence: "high",
    ops: [
      { kind: "source", key: "S2" },
      { kind: "cite", source: "S2", milestone: "quantum-joint-committee-1" },
      { kind: "cite", source: "S2", milestone: "quantum-joint-committee-2" },
      { kind: "milestone", key: "quantum-joint-committee-1", text: ["title", "description"] },
      { kind: "milestone", key: "quantum-joint-committee-2", text: ["title", "description"] },
      { kind: "summary", effective: "2026-03-02" },
      { kind: "recordNote", index: 1 },
    ],
  },
  {
    id: "2026-11-quantum-health-not-off-track",
    slug: "mou-quantum",
    reason:
      "At risk, not off track: the mid-2026 window is the brief's expectation, a news summary's words, not a commitment by either government; the MOU sets no date for the joint committee [S2].",
    evidence: "S2",
    confidence: "medium",
    ops: [
      { kind: "health", to: "at_risk", effective: "2026-09-30" },
      {
        kind: "statusUpdate",
        body: "Correction after a second check of the record: health is at risk, not off track. The mid-2026 window was the brief's expectation, not a commitment by either government. The science and technology MOU sets up a joint committee as its framework [S2]; no meeting is reported in the sources held, and its dates are the tracker's estimates.",
      },
    ],
  },

  // ── Space and satellites ──────────────────────────────────────────────────────────────────────
  {
    id: "2026-11-space-ostin-to-nsas",
    slug: "mou-space-satellite",
    reason:
      "Singapore's Office for Space Technology & Industry (OSTIn) became the National Space Agency of Singapore (NSAS) on 1 April 2026, as announced on 2 February [S55]: the Singapore lead changes on that day.",
    evidence: "S55",
    confidence: "high",
    effective: "2026-04-01",
    ops: [
      { kind: "leads", field: "singaporeLeads", replace: [[OSTIN, NSAS]] },
      { kind: "source", key: "S41" },
      { kind: "cite", source: "S55", milestone: "space-satellite-dialogue" },
      { kind: "milestone", key: "space-satellite-dialogue", text: ["title", "description"] },
    ],
  },
  {
    id: "2026-11-space-not-blocked-by-singapore",
    slug: "mou-space-satellite",
    reason:
      "No source says the data-sharing renewal was blocked pending the Singapore side; that was an unsourced tracker assumption, now withdrawn. What the record shows: no report of a renewed arrangement by the end of June, and the 2 March environmental-satellite MOU [S3] may itself be the renewal of the 2023 NIER–NEA MOU. Re-planned to December, side joint.",
    evidence: "S3",
    confidence: "medium",
    ops: [
      { kind: "cite", source: "S3", milestone: "space-data-sharing-renewal" },
      {
        kind: "milestone",
        key: "space-data-sharing-renewal",
        set: { status: "in_progress", side: "joint", plannedDate: "2026-12-18" },
        text: ["description"],
        effective: "2026-07-06",
      },
      { kind: "summary", effective: "2026-03-02" },
      {
        kind: "statusUpdate",
        body: "Correction after a second check of the record: no source says the satellite data-sharing renewal was blocked pending the Singapore side, so it is no longer marked blocked. No renewed arrangement is reported; the 2 March environmental-satellite MOU [S3] may itself be the renewal of the 2023 NIER–NEA MOU. Singapore's space lead is the National Space Agency of Singapore since 1 April 2026 (OSTIn before) [S55].",
      },
    ],
  },
  {
    id: "2026-11-st-mou-signing-counted-once",
    slug: "mou-space-satellite",
    reason:
      "One signing of the science and technology MOU [S2] feeds both the quantum and the space initiative: it is counted once, under the quantum initiative, so the space initiative's copy leaves the plan.",
    evidence: "S2",
    confidence: "high",
    ops: [
      {
        kind: "milestone",
        key: "space-st-mou-signed",
        set: { status: "cancelled" },
        effective: "2026-03-02",
      },
      { kind: "recordNote", index: 1 },
    ],
  },

  // ── Digital and innovation ecosystems ───────────────────────────────────────────────────────────
  {
    id: "2026-11-digital-what-the-brief-merged",
    slug: "mou-digital-innovation",
    reason:
      "Record note added: the brief's 'digital and innovation ecosystems' MOU probably merges the public-safety AI and digital MOU (the Korea Herald listed 'digital' among the MOU areas [S58]) and the KEIT–Singapore Manufacturing Federation MOU on AI in manufacturing (M.AX) of 2 March [S59]; Korea acceded to DEPA in 2024 [S20].",
    evidence: "S58",
    confidence: "medium",
    ops: [
      { kind: "cite", source: "S58" },
      { kind: "cite", source: "S59" },
      { kind: "cite", source: "S20" },
      { kind: "recordNote", index: 3 },
    ],
  },

  // ── Temasek and Seviora with KDB ──────────────────────────────────────────────────────────────
  {
    id: "2026-11-investment-not-signed",
    slug: "temasek-seviora-kdb",
    reason:
      "No signing, document, date or signatories of a KDB–Seviora agreement were found: Lee cited a new investment partnership [S8], and only a secondary summary calls it a concluded MOU [S57]. The lifecycle returns to announced; the summary says so, and that the SME ministry's fund-of-funds is separate.",
    evidence: "S8",
    confidence: "medium",
    ops: [
      { kind: "source", key: "S8" },
      { kind: "cite", source: "S57" },
      { kind: "lifecycleStatus", to: "announced", effective: "2026-06-08" },
      { kind: "summary", effective: "2026-03-02" },
      { kind: "recordNote", index: 3 },
      {
        kind: "statusUpdate",
        body: "Correction after a second check of the record: no signing, document, date or signatories of a KDB–Seviora agreement were found, so the investment agreements are recorded as announced, not signed [S8]. Korea's SME ministry's US$300m fund-of-funds in Singapore is separate from KDB and Seviora and is now tracked under the AI initiative [S51].",
      },
    ],
  },
  {
    id: "2026-11-investment-sme-fund-separate",
    slug: "temasek-seviora-kdb",
    reason:
      "The SME ministry's US$300m fund-of-funds (K-VCC) is separate from KDB and Seviora [S51]: it leaves this initiative's plan (tracked under the AI initiative) and the SME ministry leaves its Korean leads.",
    evidence: "S51",
    confidence: "high",
    ops: [
      { kind: "cite", source: "S51" },
      { kind: "milestone", key: "invest-sme-fund-of-funds", set: { status: "cancelled" } },
      { kind: "leads", field: "koreaLeads", remove: [MSS], effective: "2026-03-02" },
      { kind: "recordNote", index: 2 },
    ],
  },
  {
    id: "2026-11-investment-seviora-assets",
    slug: "temasek-seviora-kdb",
    reason:
      "Seviora managed about US$63bn at 30 September 2025; about US$72bn is the figure after its pending integration of Pavilion Capital [S47]. The first record note also states that no signing was found.",
    evidence: "S47",
    confidence: "high",
    ops: [
      { kind: "source", key: "S47" },
      { kind: "recordNote", index: 1 },
    ],
  },
];
