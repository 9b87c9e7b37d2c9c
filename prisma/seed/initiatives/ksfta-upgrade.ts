// KSFTA upgrade: the brief's four workstreams, beside the official areas from the record.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const ksftaUpgrade: SeedInitiative = {
  slug: "ksfta-upgrade",
  title: "Korea–Singapore FTA (KSFTA) upgrade",
  kind: "fta_upgrade",
  summary:
    "The brief says the leaders agreed on 2 March 2026 to upgrade the 2006 KSFTA for semiconductors, AI infrastructure and tools, data-centre investment and digital services. The record shows upgrade talks launched that day, with the trade ministers' joint statement naming supply-chain resilience, green economy, trade facilitation and aviation MRO as the areas [S1][S3].",
  focusAreas: [
    "Supply-chain resilience",
    "Green economy",
    "Trade facilitation",
    "Aviation maintenance, repair and overhaul (MRO)",
  ],
  koreaLeads: ["Ministry of Trade, Industry and Resources (MOTIR)"],
  singaporeLeads: ["Ministry of Trade and Industry (MTI)"],
  launchDate: "2026-03-02",
  target: MID_2026_TARGET,
  initialLifecycleStatus: "announced",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-04-06",
      recordedAfterDays: 2,
      reason:
        "Talks were launched on 2 March [S1]; the trade desk moves the upgrade from announced to negotiating. First round planned for May (analyst estimate).",
      evidenceSourceKey: "S1",
      confidence: "medium",
      set: { lifecycleStatus: "negotiating", health: "on_track" },
    },
    {
      effective: "2026-06-01",
      recordedAfterDays: 1,
      reason: "No public report of negotiating round 1 by the end of May.",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Trade desk",
  sourceKeys: ["S1", "S2", "S3", "S15", "S20", "S48", "S49", "S50", "S56"],
  workstreams: [
    {
      name: "Semiconductors",
      description:
        "From the brief. Not among the official areas; the nearest is supply-chain resilience [S1], for which Korea names bio/pharma as the focus [S49][S50].",
    },
    {
      name: "AI infrastructure and tools",
      description:
        "From the brief. Not among the official areas; the Prime Minister spoke of digital trade [S1].",
    },
    {
      name: "Data-centre investment",
      description: "From the brief. Not among the official areas as reported [S1][S3].",
    },
    {
      name: "Digital services",
      description:
        "From the brief. Digital trade between the two is already governed by the Digital Partnership Agreement, in force since 2023 [S22][S24].",
    },
  ],
  recordNotes: [
    {
      verdict: "differs",
      briefSays:
        "The upgrade covers semiconductors, AI infrastructure and tools, data-centre investment and digital services.",
      recordSays:
        "The trade ministries' joint statement names supply-chain resilience, green economy, trade facilitation and aviation MRO [S1][S3]. Korea calls it a 'modular' update with bio/pharma as the supply-chain focus, and glosses green economy as decarbonisation cooperation and trade facilitation as faster customs [S49][S50].",
      sourceKeys: ["S1", "S2", "S3", "S49", "S50"],
    },
    {
      verdict: "disputed",
      briefSays: "Digital services are a core area of the upgrade.",
      recordSays:
        "The Prime Minister spoke of 'supply chain resilience, digital trade and the green transition' [S1], but the joint statement's areas as reported do not include digital trade [S1][S3]. The sources do not agree on whether digital trade is in scope.",
      sourceKeys: ["S1", "S3"],
    },
    {
      verdict: "unverified",
      briefSays: "Progress on the upgraded FTA is expected by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The comparable Korea–UK upgrade took about 25 months from launch to conclusion [S26][S29].",
      sourceKeys: ["S26", "S29"],
    },
    {
      verdict: "consistent",
      briefSays: "The upgrade concerns the 2006 Korea–Singapore FTA.",
      recordSays:
        "The KSFTA entered into force on 2 March 2006; the 2026 summit fell on its 20th anniversary [S15].",
      sourceKeys: ["S15"],
    },
  ],
  milestones: [
    {
      key: "ksfta-launch",
      title: "Upgrade negotiations launched",
      description:
        "Leaders launch the KSFTA upgrade; Korea's Minister of Trade, Industry and Resources Kim Jung-kwan and Tan See Leng, MTI's Minister-in-charge of Energy and Science & Technology, exchange the joint statement [S1][S3].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S1", "S3"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "Upgrade talks launched at the 2 March summit and the ministers' joint statement exchanged [S1].",
          evidenceSourceKey: "S1",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "ksfta-kr-public-hearing",
      title: "Korea: public hearing and report to the National Assembly (before the launch)",
      description:
        "Korea's Act on trade-agreement procedures requires an economic feasibility review, a public hearing, a trade-agreement plan and a report to the National Assembly before negotiations open [S56]. These steps belong before the 2 March launch, not after it. The sources held do not report when Korea took them for this upgrade.",
      side: "korea",
      baselineDate: "2026-03-02",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S56"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "Not tracked as a step after the launch: the public hearing and the report to the National Assembly come before negotiations open [S56], and talks opened on 2 March [S1]. When Korea held them is not reported in the sources held, so the milestone is not marked done.",
          evidenceSourceKey: "S56",
          confidence: "medium",
          set: { status: "cancelled" },
        },
      ],
    },
    {
      key: "ksfta-sg-consultation",
      title: "Singapore: stakeholder consultation",
      description:
        "MTI consults Singapore businesses on the upgrade's scope. Planned estimate; not reported in the sources held.",
      side: "singapore",
      baselineDate: "2026-05-29",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-04-13",
          recordedAfterDays: 2,
          reason:
            "Tracker assumption: consultation under way ahead of the first round; not confirmed in the sources held.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-06-01",
          recordedAfterDays: 1,
          reason:
            "No public report of the consultation closing by the end of May; re-planned to run alongside the first rounds.",
          confidence: "medium",
          set: { plannedDate: "2026-09-30" },
        },
        {
          effective: "2026-09-14",
          recordedAfterDays: 3,
          reason: "Tracker assumption: consultation continuing; no public summary found.",
          confidence: "low",
          set: { percentComplete: 50 },
        },
        {
          effective: "2026-10-05",
          recordedAfterDays: 2,
          reason:
            "No public summary by the end of September; re-planned to follow the first round, now expected in December.",
          confidence: "medium",
          set: { plannedDate: "2027-01-29" },
        },
      ],
    },
    {
      key: "ksfta-round-1",
      title: "Negotiating round 1",
      description:
        "First round of upgrade negotiations. Analyst estimate; no round date has been announced in the sources held.",
      side: "joint",
      baselineDate: "2026-05-29",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-06-01",
          recordedAfterDays: 1,
          reason:
            "No public report of negotiating round 1 by the end of May; re-planned to August pending an announcement.",
          confidence: "medium",
          set: { plannedDate: "2026-08-28" },
        },
        {
          effective: "2026-06-22",
          recordedAfterDays: 2,
          reason:
            "Schedule re-baselined by the trade desk: the May date was an analyst estimate, not an announced date, so the baseline now follows the working plan.",
          confidence: "medium",
          set: { baselineDate: "2026-08-28" },
        },
        {
          effective: "2026-09-02",
          recordedAfterDays: 2,
          reason:
            "No public report of round 1 by the end of August; re-planned to December pending an announcement.",
          confidence: "medium",
          set: { plannedDate: "2026-12-11" },
        },
      ],
    },
    {
      key: "ksfta-round-2",
      title: "Negotiating round 2",
      description: "Second round of upgrade negotiations. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-08-28",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-06-22",
          recordedAfterDays: 2,
          reason:
            "Re-baselined with round 1 (trade desk decision), keeping rounds about three months apart.",
          confidence: "medium",
          set: { baselineDate: "2026-11-27", plannedDate: "2026-11-27" },
        },
        {
          effective: "2026-09-02",
          recordedAfterDays: 2,
          reason: "Follows round 1, re-planned to December; moved to March 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-03-12" },
        },
      ],
    },
    {
      key: "ksfta-round-3",
      title: "Negotiating round 3",
      description: "Third round of upgrade negotiations. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-11-27",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-02",
          recordedAfterDays: 1,
          reason:
            "No announcement of round 1 by the end of October; round 3 moved to June 2027 to keep the round spacing.",
          confidence: "medium",
          set: { plannedDate: "2027-06-11" },
        },
      ],
    },
    {
      key: "ksfta-round-4",
      title: "Negotiating round 4",
      description: "Fourth round of upgrade negotiations. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-03-31",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-16",
          recordedAfterDays: 2,
          reason: "Follows round 3, now planned for June 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-09-10" },
        },
      ],
    },
    {
      key: "ksfta-substantial-conclusion",
      title: "Substantial conclusion of negotiations",
      description:
        "Both sides announce the substantial conclusion of the upgrade. Analyst estimate; the Korea–UK upgrade took about 25 months from launch (November 2023) to conclusion (December 2025) [S26][S29].",
      side: "joint",
      baselineDate: "2027-09-30",
      weight: 3,
      provenance: "planned_estimate",
      sourceKeys: ["S26", "S27", "S28", "S29"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-16",
          recordedAfterDays: 2,
          reason:
            "No round reported by mid-November; re-planned to about 25 months after the 2 March 2026 launch, in line with the Korea–UK upgrade [S26][S29].",
          evidenceSourceKey: "S29",
          confidence: "medium",
          set: { plannedDate: "2028-03-31" },
        },
      ],
    },
    {
      key: "ksfta-legal-scrub",
      title: "Legal scrub of the upgrade text",
      description: "Legal review of the agreed text before signature. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-12-17",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-16",
          recordedAfterDays: 2,
          reason:
            "Follows the substantial conclusion, itself re-planned to March 2028; legal scrub moved to June 2028.",
          confidence: "medium",
          set: { plannedDate: "2028-06-30" },
        },
      ],
    },
    {
      key: "ksfta-ws-semiconductors",
      title: "Semiconductors: supply-chain provisions scoped",
      description:
        "The brief lists semiconductors. The official areas name supply-chain resilience [S1], and Korea names bio/pharma as the supply-chain focus [S49][S50]; whether semiconductors are covered is unconfirmed.",
      side: "joint",
      workstream: "Semiconductors",
      baselineDate: "2026-07-31",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S1", "S49"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-05-11",
          recordedAfterDays: 3,
          reason:
            "Tracker assumption: scoping under the supply-chain resilience area [S1]; semiconductor coverage not confirmed in the sources held.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-08-03",
          recordedAfterDays: 2,
          reason: "No public scope paper by the end of July; re-planned to follow round 1.",
          confidence: "medium",
          set: { plannedDate: "2026-12-18" },
        },
        {
          effective: "2026-11-09",
          recordedAfterDays: 2,
          reason:
            "Tracker assumption: scoping continues. The 2024 supply-chain partnership arrangement [S25] remains the existing bilateral channel for disruptions.",
          confidence: "low",
          set: { percentComplete: 35 },
        },
      ],
    },
    {
      key: "ksfta-ws-ai-infrastructure",
      title: "AI infrastructure and tools: digital-trade provisions scoped",
      description:
        "The brief lists AI infrastructure and tools. The Prime Minister spoke of digital trade [S1]; the official areas as reported do not include it.",
      side: "joint",
      workstream: "AI infrastructure and tools",
      baselineDate: "2026-08-31",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S1"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-07-06",
          recordedAfterDays: 4,
          reason:
            "Tracker assumption: scoping begins under digital trade, which the Prime Minister named [S1]; not confirmed in the sources held.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 15 },
        },
        {
          effective: "2026-09-07",
          recordedAfterDays: 2,
          reason: "No public scope paper by the end of August; re-planned to after round 1.",
          confidence: "medium",
          set: { plannedDate: "2027-01-29" },
        },
        {
          effective: "2026-10-19",
          recordedAfterDays: 3,
          reason: "Tracker assumption: scoping continues; no public report.",
          confidence: "low",
          set: { percentComplete: 25 },
        },
      ],
    },
    {
      key: "ksfta-ws-data-centres",
      title: "Data-centre investment: scope confirmed",
      description:
        "The brief lists data-centre investment. It does not appear among the upgrade's areas as reported [S1][S3].",
      side: "joint",
      workstream: "Data-centre investment",
      baselineDate: "2026-09-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S1", "S3"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-10-05",
          recordedAfterDays: 2,
          reason:
            "Data-centre investment is not among the upgrade's areas as reported [S1][S3]; held until the negotiating scope is public and re-planned to March 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-03-31" },
        },
      ],
    },
    {
      key: "ksfta-ws-digital-services",
      title: "Digital services: alignment with the Digital Partnership Agreement reviewed",
      description:
        "The brief lists digital services. The Digital Partnership Agreement, concluded in December 2021 and in force since 2023, already covers digital trade [S22][S24]; the review checks what an upgrade would add.",
      side: "joint",
      workstream: "Digital services",
      baselineDate: "2026-09-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S22", "S23", "S24"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-10-05",
          recordedAfterDays: 2,
          reason:
            "No public report; the review waits for the negotiating scope, since digital services already sit under the Digital Partnership Agreement [S24].",
          confidence: "medium",
          set: { plannedDate: "2027-02-26" },
        },
      ],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-09",
      health: "on_track",
      body: "Upgrade talks were launched on 2 March at the leaders' summit and the trade ministers exchanged a joint statement [S1]. The official areas are supply-chain resilience, green economy, trade facilitation and aviation MRO, not the brief's four; the tracker keeps the brief's workstreams and flags the difference. All round dates are analyst estimates.",
    },
    {
      effective: "2026-06-08",
      health: "at_risk",
      body: "No public report of a first negotiating round by the end of May; round 1 is re-planned to August. Singapore's stakeholder consultation is not reported in the sources held.",
    },
    {
      effective: "2026-09-07",
      recordedAfterDays: 2,
      health: "at_risk",
      body: "No round reported by the end of August. Round 1 is re-planned to December and later rounds are shifting with it. Workstream scoping remains a tracker assumption.",
    },
    {
      effective: "2026-11-20",
      health: "at_risk",
      body: "At risk, not off track: the mid-2026 window is the brief's expectation, a news summary's words, not a commitment by either government, and no official schedule for the rounds has been published. No negotiating round is reported in the sources held since the 2 March launch. The Korea–UK upgrade took about 25 months from launch to conclusion [S26][S29]; substantial conclusion is re-planned to March 2028 on that basis. Rounds 3 and 4 moved to mid and late 2027.",
    },
  ],
};
