// MOU: AI cooperation. The brief names one AI MOU; the record shows a public-safety AI MOU,
// an IP–AI MOU and an AI alliance with joint R&D plans.
import type { SeedInitiative } from "../types";

export const mouAiCooperation: SeedInitiative = {
  slug: "mou-ai-cooperation",
  title: "MOU: AI cooperation",
  kind: "mou",
  summary:
    "The brief lists an MOU on AI cooperation among five signed on 2 March 2026. The record shows two AI-related MOUs, on public-safety AI (NIPA–HTX) [S6] and on intellectual property and AI (IPOS) [S7], alongside an AI alliance and a Korean joint R&D programme from 2027 [S10][S43].",
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
  ],
  singaporeLeads: [
    "Home Team Science and Technology Agency (HTX)",
    "Intellectual Property Office of Singapore (IPOS)",
    "AI Singapore (AISG)",
  ],
  launchDate: "2026-03-02",
  target: {
    start: "2026-04-01",
    end: "2026-09-30",
    label: "mid-2026",
    note: "The 'mid-2026' expectation of tangible progress comes from the brief's news summary; no official source for it was found. Modelled as April–September 2026.",
  },
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
  sourceKeys: ["S6", "S7", "S10", "S43", "S44"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays: "One MOU on AI cooperation was signed at the summit.",
      recordSays:
        "Two AI-related MOUs were signed: AI for public safety between NIPA and HTX [S6], and intellectual property and AI between Korea's IP ministry and IPOS [S7]. Separately, an AI alliance and joint R&D were announced around the AI Connect Summit [S10][S43].",
      sourceKeys: ["S6", "S7", "S10", "S43"],
    },
    {
      verdict: "unverified",
      briefSays:
        "The new agreements are expected to turn into tangible industry collaborations by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The record dates joint R&D from 2027, with topic planning in 2026 [S43].",
      sourceKeys: ["S43"],
    },
  ],
  milestones: [
    {
      key: "ai-nipa-htx-signed",
      title: "Public-safety AI MOU signed (NIPA–HTX)",
      description:
        "NIPA and the Home Team Science and Technology Agency sign an MOU on AI for public safety [S6].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S6"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 3,
          reason:
            "Signing of the NIPA–HTX MOU on AI for public safety reported by ZDNet Korea [S6]; dated to the 2 March summit.",
          evidenceSourceKey: "S6",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "ai-ipos-signed",
      title: "Intellectual property and AI MOU signed (IPOS)",
      description: "Korea's intellectual property ministry and IPOS sign an MOU on IP and AI [S7].",
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
            "Signing of the IP and AI MOU with IPOS at the summit reported by Herald Business [S7].",
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
        "A Korea–Singapore AI alliance is announced at the AI Connect Summit, which President Lee attended [S10][S43].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 1,
      provenance: "sourced",
      sourceKeys: ["S44", "S43", "S10"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "AI alliance, joint R&D plans and a fund-of-funds announced at the AI Connect Summit on 2 March [S44][S43].",
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
            "Cancelled by the technology desk: the record places joint AI R&D in MSIT's programme, with IITP and AI Singapore planning topics in 2026 [S43]. Tracked under the joint-planning milestone instead.",
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
        "IITP and AI Singapore plan joint research topics in 2026 for MSIT's programme [S43][S44]. The month is an analyst estimate.",
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
      title: "MSIT joint AI R&D programme begins (KRW 50bn over 5 years)",
      description:
        "MSIT funds KRW 50bn of joint AI R&D over five years from 2027 [S43]. The month is an analyst estimate.",
      side: "korea",
      baselineDate: "2027-01-29",
      weight: 3,
      provenance: "sourced",
      sourceKeys: ["S43", "S44"],
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
  ],
  statusUpdates: [
    {
      effective: "2026-03-09",
      health: "not_assessed",
      body: "The brief's single AI MOU is, on the record, two MOUs: public-safety AI between NIPA and HTX [S6] and IP and AI with IPOS [S7]. An AI alliance, KRW 50bn of joint R&D from 2027 and a fund-of-funds were announced at the AI Connect Summit [S43][S44]. The tracker groups them under this initiative.",
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
      body: "The joint R&D programme is due to start in 2027 [S43]; topic planning is assumed well advanced but no topic list is public. NIPA–HTX talks are re-planned to December. The brief's mid-2026 expectation was not met on the public record, but the sourced 2027 start remains the governing date.",
    },
  ],
};
