// MOU: space and satellite development. On the record: space in the science and technology MOU,
// plus an environmental-satellite MOU for air-quality research.
import type { SeedInitiative } from "../types";

export const mouSpaceSatellite: SeedInitiative = {
  slug: "mou-space-satellite",
  title: "MOU: space and satellite development",
  kind: "mou",
  summary:
    "The brief lists a separate MOU on space and satellite development. The record shows space within the science and technology MOU [S2] and a separate MOU on environmental satellites for air-quality research [S3], which builds on a 2023 NIER–NEA satellite MOU with a three-year work programme [S36].",
  focusAreas: ["Space cooperation", "Environmental satellites", "Air-quality research"],
  koreaLeads: [
    "Korea AeroSpace Administration (KASA)",
    "National Institute of Environmental Research (NIER)",
  ],
  singaporeLeads: [
    "Office for Space Technology & Industry (OSTIn)",
    "National Environment Agency (NEA)",
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
      effective: "2026-05-04",
      recordedAfterDays: 3,
      reason:
        "Tracker assumption: working-level work on satellite data sharing has started; no public report.",
      confidence: "low",
      set: { lifecycleStatus: "implementing", health: "on_track" },
    },
    {
      effective: "2026-07-06",
      recordedAfterDays: 2,
      reason:
        "Data-sharing renewal marked blocked pending the Singapore side; no public record of it.",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Technology desk",
  sourceKeys: ["S2", "S3", "S36", "S40", "S41"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays: "A separate MOU on space and satellite development was signed.",
      recordSays:
        "Space sits in the science and technology MOU with quantum and SMRs [S2]; a separate MOU covers environmental satellites for air-quality research [S3].",
      sourceKeys: ["S2", "S3"],
    },
    {
      verdict: "unverified",
      briefSays: "Progress is expected by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The 2023 NIER–NEA satellite MOU ran on a three-year work programme [S36].",
      sourceKeys: ["S36"],
    },
  ],
  milestones: [
    {
      key: "space-st-mou-signed",
      title: "Science and technology MOU signed (space component)",
      description:
        "The science and technology MOU, which covers space with quantum and SMRs, signed at the summit [S2].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 1,
      provenance: "sourced",
      sourceKeys: ["S2"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason: "Science and technology MOU covering space signed at the summit [S2].",
          evidenceSourceKey: "S2",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "space-env-satellite-mou-signed",
      title: "Environmental-satellite MOU signed (air-quality research)",
      description:
        "MOU on environmental satellites for air-quality research, among the MOUs signed at the summit [S3].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S3"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 3,
          reason:
            "Environmental-satellite MOU for air-quality research reported among the summit's MOUs [S3].",
          evidenceSourceKey: "S3",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "space-data-sharing-renewal",
      title: "Satellite air-quality data-sharing arrangement renewed",
      description:
        "Renewal of data sharing begun under the 2023 NIER–NEA satellite MOU, whose three-year work programme [S36] runs out around now (tracker estimate).",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S36"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-05-04",
          recordedAfterDays: 3,
          reason:
            "Tracker assumption: renewal discussions begun under the new environmental-satellite MOU [S3]; no public report.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-07-06",
          recordedAfterDays: 2,
          reason:
            "Blocked pending the Singapore side: no public record of NEA confirming the renewal by the end of June; the tracker assumes the next step rests with NEA.",
          confidence: "low",
          set: { status: "blocked", side: "singapore" },
        },
      ],
    },
    {
      key: "space-satellite-dialogue",
      title: "KASA–OSTIn space and satellite dialogue",
      description:
        "First dialogue between Korea's AeroSpace Administration, opened May 2024 [S40], and Singapore's Office for Space Technology & Industry [S41]. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-11-27",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S40", "S41"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-23",
          recordedAfterDays: 2,
          reason:
            "No public announcement of the dialogue by late November; re-planned to February 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-02-26" },
        },
      ],
    },
    {
      key: "space-validation-campaign",
      title: "Joint satellite validation campaign (air quality)",
      description: "Ground validation of satellite air-quality data. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-12-18",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-11-23",
          recordedAfterDays: 2,
          reason:
            "Depends on the data-sharing renewal, which is blocked; re-planned to April 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-04-30" },
        },
      ],
    },
    {
      key: "space-joint-workshop",
      title: "Joint space and satellite workshop",
      description: "Workshop for agencies and industry under the MOUs. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-06-30",
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
      body: "The brief's space MOU is, on the record, the space component of the science and technology MOU [S2] plus an environmental-satellite MOU for air-quality research [S3]. Both signings are recorded. Later milestones are analyst estimates.",
    },
    {
      effective: "2026-07-08",
      health: "at_risk",
      body: "The renewal of satellite data sharing under the 2023 NIER–NEA programme [S36] is marked blocked pending the Singapore side; there is no public record of it. Other work continues on tracker assumptions.",
    },
    {
      effective: "2026-11-25",
      health: "at_risk",
      body: "No public announcement of a KASA–OSTIn dialogue; re-planned to February 2027. The validation campaign moves to April 2027 because it depends on the blocked data-sharing renewal.",
    },
  ],
};
