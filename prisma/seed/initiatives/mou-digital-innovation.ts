// MOU: digital and innovation ecosystems. The brief reports it; no such MOU was found.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const mouDigitalInnovation: SeedInitiative = {
  slug: "mou-digital-innovation",
  title: "MOU: digital and innovation ecosystems",
  kind: "mou",
  summary:
    "The brief lists an MOU on digital and innovation ecosystems among five signed on 2 March 2026. No such MOU was found in the record of the summit [S2][S3]; the nearest instrument is the Digital Partnership Agreement, in force since 2023 [S22][S24]. The tracker keeps the brief's item and marks it unverified.",
  focusAreas: ["Digital economy", "Innovation ecosystems", "Startups"],
  koreaLeads: ["Ministry of Trade, Industry and Resources (MOTIR)"],
  singaporeLeads: [
    "Ministry of Trade and Industry (MTI)",
    "Infocomm Media Development Authority (IMDA)",
  ],
  launchDate: "2026-03-02",
  target: MID_2026_TARGET,
  initialLifecycleStatus: "announced",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-03-16",
      recordedAfterDays: 2,
      reason:
        "No MOU found: the summit coverage held lists no separate digital and innovation ecosystems MOU [S2][S3].",
      evidenceSourceKey: "S2",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Digital economy desk",
  sourceKeys: ["S2", "S3", "S20", "S21", "S22", "S23", "S24", "S58", "S59"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "unverified",
      briefSays: "An MOU on digital and innovation ecosystems was signed at the 2 March summit.",
      recordSays:
        "No separate digital and innovation ecosystems MOU was found among the MOUs reported [S2][S3]. The nearest instrument is the Digital Partnership Agreement: talks launched June 2020, concluded December 2021, 11 modules, in force since 2023 [S21][S22][S23].",
      sourceKeys: ["S2", "S3", "S21", "S22", "S23"],
    },
    {
      verdict: "unverified",
      briefSays: "Progress is expected by mid-2026.",
      recordSays: "No official source for a mid-2026 expectation was found.",
      sourceKeys: [],
    },
    {
      verdict: "unverified",
      briefSays: "An MOU on digital and innovation ecosystems was signed at the 2 March summit.",
      recordSays:
        "The brief probably merged two agreements of 2 March: the MOU on AI and digital technology cooperation in public safety (NIPA–HTX), with the Korea Herald listing 'digital' among the five MOUs' areas [S58], and an MOU between KEIT and the Singapore Manufacturing Federation on AI-based manufacturing innovation under Korea's M.AX alliance [S59]. Neither is a digital and innovation ecosystems MOU. Korea acceded to the Digital Economy Partnership Agreement in 2024 [S20].",
      sourceKeys: ["S58", "S59", "S20"],
    },
  ],
  milestones: [
    {
      key: "digital-mou-signed",
      title: "Digital and innovation ecosystems MOU signed (as the brief reports)",
      description:
        "The signing the brief reports. Unverified: no text or official report of this MOU was found.",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-16",
          recordedAfterDays: 2,
          reason:
            "Unverified: the MOUs reported from the summit [S2][S3] include no separate digital and innovation ecosystems MOU. Blocked until a text or official report is found.",
          evidenceSourceKey: "S2",
          confidence: "medium",
          set: { status: "blocked" },
        },
      ],
    },
    {
      key: "digital-work-plan",
      title: "Joint work plan for digital and innovation ecosystems",
      description: "Work plan under the reported MOU. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-07-31",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S22"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-07-27",
          recordedAfterDays: 3,
          reason:
            "Blocked: no MOU found to anchor a work plan; the Digital Partnership Agreement [S22] is the nearest instrument.",
          confidence: "medium",
          set: { status: "blocked" },
        },
      ],
    },
    {
      key: "digital-economy-dialogue-3",
      title: "3rd Korea–Singapore Digital Economy Dialogue",
      description:
        "Next dialogue under the Digital Partnership Agreement; the 2nd was held on 28 August 2025 [S24]. Date is an analyst estimate.",
      side: "joint",
      baselineDate: "2027-08-31",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S24"],
      plannedOn: "2026-03-02",
      history: [],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-18",
      health: "at_risk",
      body: "No digital and innovation ecosystems MOU was found among the MOUs reported from the summit [S2][S3]. The tracker keeps the brief's item, marks it unverified and blocks the signing milestone until a text or official report appears.",
    },
    {
      effective: "2026-07-29",
      health: "at_risk",
      body: "The work plan is blocked: with no MOU found there is nothing to anchor it. The Digital Partnership Agreement, in force since 2023 [S24], remains the working framework for digital cooperation.",
    },
    {
      effective: "2026-09-15",
      recordedAfterDays: 2,
      health: "at_risk",
      body: "Still no record of the MOU. The only dated item ahead is the next Digital Economy Dialogue, estimated for 2027 after the 2nd in August 2025 [S24].",
    },
  ],
};
