// MOU: AI cooperation. The brief names one AI MOU; the record shows a public-safety AI and digital
// MOU, an IP MOU aimed at AI, a pending AI Cooperation Framework, an AI alliance, an international
// R&D programme in which Singapore is prioritised, and the SME ministry's fund-of-funds.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const mouAiCooperation: SeedInitiative = {
  slug: "mou-ai-cooperation",
  title: "MOU: AI cooperation",
  kind: "mou",
  summary:
    "The brief lists an MOU on AI cooperation among five signed on 2 March 2026. The record shows two AI-related MOUs signed that day, on AI and digital technology cooperation in public safety (NIPA–HTX) [S6] and on intellectual property cooperation aimed at AI (Korea's Ministry of Intellectual Property–IPOS) [S7], and a Korea–Singapore AI Cooperation Framework that Korea said it will pursue, not yet concluded in the sources held [S8][S10][S52]. Alongside them: an AI alliance, an international AI R&D programme from 2027 in which Singapore is prioritised [S43][S53], and the SME ministry's US$300m fund-of-funds in Singapore [S44][S51].",
  focusAreas: [
    "AI for public safety",
    "Intellectual property and AI",
    "Joint AI research and development",
    "AI startups",
  ],
  koreaLeads: [
    "Ministry of Science and ICT (MSIT)",
    "National IT Industry Promotion Agency (NIPA)",
    "Institute of Information & Communications Technology Planning & Evaluation (IITP)",
    "Ministry of Intellectual Property",
    "Ministry of SMEs and Startups (MSS)",
  ],
  singaporeLeads: [
    "Home Team Science and Technology Agency (HTX)",
    "Intellectual Property Office of Singapore (IPOS)",
    "AI Singapore (AISG)",
  ],
  launchDate: "2026-03-02",
  target: MID_2026_TARGET,
  initialLifecycleStatus: "signed",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-04-20",
      recordedAfterDays: 3,
      reason:
        "Working-level implementation assumed begun: Korean press reports IITP and AI Singapore starting joint topic planning in 2026 [S43].",
      evidenceSourceKey: "S43",
      confidence: "medium",
      set: { lifecycleStatus: "implementing", health: "on_track" },
    },
  ],
  owner: "Technology desk",
  sourceKeys: ["S6", "S7", "S8", "S10", "S43", "S44", "S51", "S52", "S53"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays: "One MOU on AI cooperation was signed at the summit.",
      recordSays:
        "Two AI-related MOUs were signed: on AI and digital technology cooperation in public safety, between NIPA and HTX [S6], and on strengthening intellectual property cooperation with a focus on AI, between Korea's Ministry of Intellectual Property and IPOS [S7]. The closest match to the brief's 'AI cooperation MOU' is the Korea–Singapore AI Cooperation Framework, which Korea said it will pursue; it is not reported concluded in the sources held [S8][S10][S52]. Separately, an AI alliance was launched and seven institution and company AI MOUs (KAIST–NUS among them) were signed at the AI Connect Summit [S10][S53].",
      sourceKeys: ["S6", "S7", "S8", "S10", "S52", "S53"],
    },
    {
      verdict: "unverified",
      briefSays:
        "The new agreements are expected to turn into tangible industry collaborations by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The record dates a new international AI and digital research programme from 2027 (KRW 50bn over five years), in which cooperation with Singapore is prioritised for consideration rather than a bilateral budget, with joint topic planning in 2026 [S43][S53].",
      sourceKeys: ["S43", "S53"],
    },
  ],
  milestones: [
    {
      key: "ai-nipa-htx-signed",
      title: "MOU on AI and digital technology cooperation in public safety signed (NIPA–HTX)",
      description:
        "Signed at Singapore's Ministry of Foreign Affairs with both leaders present, by NIPA president Park Yoon-kyu and Chan Tsan, chief executive of the Home Team Science and Technology Agency (HTX) [S6][S44].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S6", "S44"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 3,
          reason:
            "Signing of the NIPA–HTX MOU on AI and digital technology cooperation in public safety, in the leaders' presence on 2 March [S6][S44].",
          evidenceSourceKey: "S6",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "ai-ipos-signed",
      title:
        "Intellectual property cooperation MOU signed (Ministry of Intellectual Property–IPOS)",
      description:
        "MOU on strengthening cooperation in intellectual property, aimed at AI transformation (AI-based examination and services, AI law and policy, AI-based IP valuation), signed by Korea's Minister of Intellectual Property Kim Yong-sun and IPOS chairman Nicky Tan and exchanged in the leaders' presence [S7].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 1,
      provenance: "sourced",
      sourceKeys: ["S7"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "Signing and exchange of the IP cooperation MOU with IPOS at the summit reported by Herald Business [S7].",
          evidenceSourceKey: "S7",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "ai-alliance-launch",
      title: "Korea–Singapore AI alliance launched at the AI Connect Summit",
      description:
        "A Korea–Singapore AI alliance is launched at the AI Connect Summit, which President Lee attended [S10][S43]; seven institution and company AI MOUs are signed there, KAIST–NUS among them [S53].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 1,
      provenance: "sourced",
      sourceKeys: ["S44", "S43", "S10", "S53"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "AI alliance launched at the AI Connect Summit on 2 March, with international R&D plans and the SME ministry's fund-of-funds announced there [S44][S43].",
          evidenceSourceKey: "S44",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "ai-rd-call-under-mou",
      title: "Separate R&D call under the public-safety AI MOU",
      description:
        "Originally planned as a stand-alone R&D call under the NIPA–HTX MOU. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-09-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-04-20",
          recordedAfterDays: 3,
          reason:
            "Cancelled by the technology desk: the record places joint AI R&D in MSIT's international programme, with IITP and AI Singapore planning topics in 2026 [S43]. Tracked under the joint-planning milestone instead.",
          evidenceSourceKey: "S43",
          confidence: "medium",
          set: { status: "cancelled" },
        },
      ],
    },
    {
      key: "ai-working-level-talks",
      title: "Working-level talks under the public-safety AI MOU",
      description:
        "NIPA and HTX hold working-level talks to set priorities under the MOU. Planned estimate; not reported in the sources held.",
      side: "joint",
      baselineDate: "2026-05-29",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S6"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-05-18",
          recordedAfterDays: 3,
          reason:
            "Tracker assumption: NIPA–HTX working-level contacts under way; no public report of a meeting.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-06-01",
          recordedAfterDays: 1,
          reason:
            "No public report of working-level talks by the end of May; re-planned to September.",
          confidence: "medium",
          set: { plannedDate: "2026-09-30" },
        },
        {
          effective: "2026-09-28",
          recordedAfterDays: 2,
          reason: "Tracker assumption: talks continuing; no public outcome found.",
          confidence: "low",
          set: { percentComplete: 50 },
        },
        {
          effective: "2026-11-02",
          recordedAfterDays: 2,
          reason:
            "No public report of the talks' outcome by the end of October; re-planned to December.",
          confidence: "medium",
          set: { plannedDate: "2026-12-18" },
        },
      ],
    },
    {
      key: "ai-joint-rd-planning",
      title: "IITP–AI Singapore joint planning of R&D topics",
      description:
        "IITP and AI Singapore plan joint research topics in 2026 for MSIT's international programme [S43][S44]. The month is an analyst estimate.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S43", "S44"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-04-20",
          recordedAfterDays: 3,
          reason:
            "Joint planning of research topics in 2026 reported in Korean press coverage of the AI alliance [S43]; no progress report since.",
          evidenceSourceKey: "S43",
          confidence: "medium",
          set: { status: "in_progress", percentComplete: 15 },
        },
        {
          effective: "2026-07-06",
          recordedAfterDays: 2,
          reason:
            "The sources place the planning in 2026 without a month [S43]; re-planned to year-end to match.",
          evidenceSourceKey: "S43",
          confidence: "medium",
          set: { plannedDate: "2026-12-18" },
        },
        {
          effective: "2026-11-09",
          recordedAfterDays: 2,
          reason:
            "Tracker assumption: topics must be set before the programme starts in 2027 [S43]; no public list of topics yet.",
          confidence: "low",
          set: { percentComplete: 60 },
        },
      ],
    },
    {
      key: "ai-public-safety-pilot",
      title: "First public-safety AI pilot",
      description:
        "First joint pilot of an AI tool for public safety under the NIPA–HTX MOU. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-12-18",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [],
    },
    {
      key: "ai-joint-rd-programme-start",
      title:
        "MSIT's international AI and digital research programme begins (Singapore prioritised)",
      description:
        "MSIT creates a new international AI and digital joint research programme from 2027, KRW 50bn over five years, in which cooperation with Singapore is prioritised for consideration; it is not a bilateral budget [S43][S53]. The month is an analyst estimate.",
      side: "korea",
      baselineDate: "2027-01-29",
      weight: 3,
      provenance: "sourced",
      sourceKeys: ["S43", "S44", "S53"],
      plannedOn: "2026-03-02",
      history: [],
    },
    {
      key: "ai-first-year-review",
      title: "First-year review of the AI MOUs",
      description:
        "Both sides review activity under the public-safety AI and IP–AI MOUs. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-03-31",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [],
    },
    // Added after the second check of the record (November 2026).
    {
      key: "ai-cooperation-framework",
      title: "Korea–Singapore AI Cooperation Framework concluded",
      description:
        "Korea said on 2 March it will pursue a Korea–Singapore AI Cooperation Framework: industrial innovation based on physical AI, joint research and investment [S8][S10][S52]. The closest match to the brief's 'AI cooperation MOU'; pending, and no date has been announced. The date is a planned estimate.",
      side: "joint",
      baselineDate: "2026-12-31",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S8", "S10", "S52"],
      plannedOn: "2026-03-02",
      history: [],
    },
    {
      key: "ai-htx-exhibition",
      title: "Korean AI companies at HTX's April 2026 exhibition",
      description:
        "NIPA said it will help Korean AI companies take part in HTX's exhibition in April 2026 [S6]. No report that they did is in the sources held, which are thin after March 2026.",
      side: "joint",
      baselineDate: "2026-04-30",
      weight: 1,
      provenance: "sourced",
      sourceKeys: ["S6"],
      plannedOn: "2026-03-05",
      history: [],
    },
    {
      key: "ai-ip-working-talks",
      title: "Working-level talks under the intellectual property MOU begin",
      description:
        "The Ministry of Intellectual Property and IPOS agreed to start working-level talks on implementing the MOU promptly [S7]. The date is a planned estimate.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S7"],
      plannedOn: "2026-03-03",
      history: [],
    },
    {
      key: "ai-kvcc-fund-of-funds",
      title: "Korean SME ministry's fund-of-funds (K-VCC) set up in Singapore",
      description:
        "Korea's SME ministry sets up its first offshore fund-of-funds in Singapore in H2 2026, growing to US$300m by 2030 [S44][S51], announced under the AI Cooperation Framework [S10]. Separate from KDB and Seviora. Dated to the end of the announced window.",
      side: "korea",
      baselineDate: "2026-12-31",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S44", "S51", "S10"],
      plannedOn: "2026-03-02",
      history: [],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-09",
      health: "not_assessed",
      body: "The brief's single AI MOU is, on the record, two MOUs: AI and digital technology cooperation in public safety between NIPA and HTX [S6], and IP cooperation aimed at AI between Korea's Ministry of Intellectual Property and IPOS [S7]; Korea also said it will pursue an AI Cooperation Framework [S10]. An AI alliance, an international AI and digital research programme from 2027 in which Singapore is prioritised (KRW 50bn over five years), and the SME ministry's fund-of-funds were announced at the AI Connect Summit [S43][S44]. The tracker groups them under this initiative.",
    },
    {
      effective: "2026-07-13",
      recordedAfterDays: 2,
      health: "on_track",
      body: "Joint topic planning between IITP and AI Singapore is set for 2026 [S43] and is tracked as in progress, re-planned to year-end because the sources give no month. No public report of NIPA–HTX working-level talks yet; progress figures are tracker assumptions.",
    },
    {
      effective: "2026-11-12",
      health: "on_track",
      body: "The international R&D programme, in which Singapore is prioritised, is due to start in 2027 [S43]; topic planning is assumed well advanced but no topic list is public. NIPA–HTX talks are re-planned to December. The AI Cooperation Framework is not reported concluded in the sources held. The brief's mid-2026 expectation was the brief's own, not a government commitment; the sourced 2027 start remains the governing date.",
    },
  ],
};
