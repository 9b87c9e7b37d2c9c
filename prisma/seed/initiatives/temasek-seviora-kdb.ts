// Investment: Temasek and Seviora with the Korea Development Bank.
import type { SeedInitiative } from "../types";

export const temasekSevioraKdb: SeedInitiative = {
  slug: "temasek-seviora-kdb",
  title: "Temasek and Seviora investment agreements with KDB",
  kind: "investment_agreement",
  summary:
    "The brief says Temasek and Seviora signed agreements with the Korea Development Bank on joint technology ventures, cross-border startup funding and collaborative R&D. The record found says only that KDB and Seviora agreed on 'closer and more strategic cooperation in cross-border investment' [S8]; separately, Korea's SME ministry plans a fund-of-funds in Singapore in H2 2026 [S44].",
  focusAreas: ["Cross-border investment", "Startup funding", "Joint technology ventures"],
  koreaLeads: ["Korea Development Bank (KDB)", "Ministry of SMEs and Startups (MSS)"],
  singaporeLeads: ["Temasek", "Seviora"],
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
      effective: "2026-06-08",
      recordedAfterDays: 3,
      reason:
        "Tracker assumption: working-level follow-up between KDB and Seviora has started; no public report.",
      confidence: "low",
      set: { lifecycleStatus: "implementing", health: "on_track" },
    },
    {
      effective: "2026-11-16",
      recordedAfterDays: 2,
      reason:
        "No public report of a working group, joint venture or co-investment by mid-November.",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Investment desk",
  sourceKeys: ["S8", "S44", "S45", "S47", "S48"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays:
        "Temasek and Seviora signed agreements with KDB on joint technology ventures, cross-border startup funding and collaborative R&D.",
      recordSays:
        "The source found says only 'closer and more strategic cooperation in cross-border investment' between KDB and Seviora [S8]. Seviora is Temasek's holding company for its asset managers, set up in October 2020 [S45].",
      sourceKeys: ["S8", "S45"],
    },
    {
      verdict: "unverified",
      briefSays: "The agreements are expected to turn into tangible collaborations by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The SME fund-of-funds is due in H2 2026, growing to US$300m by 2030 [S44].",
      sourceKeys: ["S44"],
    },
  ],
  milestones: [
    {
      key: "invest-kdb-seviora-reported",
      title: "KDB–Seviora cooperation on cross-border investment made public",
      description:
        "The public record of the agreement: Dong-A Ilbo's report of 3 March 2026 [S8]. The signing day is not stated in the sources held, so the milestone is dated to the report.",
      side: "joint",
      baselineDate: "2026-03-03",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S8"],
      plannedOn: "2026-03-03",
      history: [
        {
          effective: "2026-03-03",
          recordedAfterDays: 2,
          reason:
            "Dong-A Ilbo reports KDB and Seviora agreeing on 'closer and more strategic cooperation in cross-border investment' [S8].",
          evidenceSourceKey: "S8",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-03" },
        },
      ],
    },
    {
      key: "invest-working-group",
      title: "Joint working group on cross-border investment",
      description:
        "KDB and Seviora set up a working group to take the cooperation forward. Planned estimate; not reported in the sources held.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-03",
      history: [
        {
          effective: "2026-06-08",
          recordedAfterDays: 3,
          reason: "Tracker assumption: working-level contacts under way; no public report.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-09-07",
          recordedAfterDays: 6,
          reason: "Tracker assumption: contacts continuing; no public report of the group's terms.",
          confidence: "low",
          set: { percentComplete: 40 },
        },
        {
          effective: "2026-11-16",
          recordedAfterDays: 2,
          reason:
            "No public report of the group's terms by mid-November; re-planned to January 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-01-29" },
        },
      ],
    },
    {
      key: "invest-deal-pipeline",
      title: "Shared pipeline of joint technology ventures",
      description:
        "A shared pipeline of joint ventures, as the brief describes. The record mentions only cooperation in cross-border investment [S8]. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-10-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S8"],
      plannedOn: "2026-03-03",
      history: [
        {
          effective: "2026-11-02",
          recordedAfterDays: 1,
          reason:
            "No public report of joint ventures or a shared pipeline by the end of October; re-planned to March 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-03-31" },
        },
      ],
    },
    {
      key: "invest-sme-fund-of-funds",
      title: "Korean SME ministry's fund-of-funds set up in Singapore",
      description:
        "Korea's SME ministry sets up a fund-of-funds in Singapore in H2 2026, growing to US$300m by 2030 [S44]. Dated to the end of the announced window.",
      side: "korea",
      baselineDate: "2026-12-31",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S44", "S43"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-07-13",
          recordedAfterDays: 3,
          reason:
            "Set-up planned for the second half of 2026 [S44]; tracker treats preparation as under way. No public report of the fund's establishment.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-11-23",
          recordedAfterDays: 2,
          reason:
            "Tracker assumption: set-up in the final weeks of the announced H2 2026 window [S44]; no public report yet.",
          confidence: "low",
          set: { percentComplete: 50 },
        },
      ],
    },
    {
      key: "invest-first-co-investment",
      title: "First KDB–Seviora co-investment",
      description: "First deal made under the cooperation. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-03-31",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-03",
      history: [],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-10",
      health: "not_assessed",
      body: "The record found for the brief's investment agreements is a 3 March report of KDB and Seviora agreeing on closer cooperation in cross-border investment [S8]; it does not mention the ventures, startup funding or R&D the brief lists. Korea's SME ministry separately plans a fund-of-funds in Singapore in H2 2026 [S44].",
    },
    {
      effective: "2026-07-15",
      health: "on_track",
      body: "A KDB–Seviora working group is tracked as in progress on a low-confidence assumption. Preparation of the SME fund-of-funds is assumed under way within its announced H2 2026 window [S44].",
    },
    {
      effective: "2026-11-25",
      health: "at_risk",
      body: "No public report of a working group, joint venture or co-investment; the working group is re-planned to January 2027 and the pipeline to March 2027. The fund-of-funds has about a month left in its H2 2026 window and no public report of its set-up.",
    },
  ],
};
