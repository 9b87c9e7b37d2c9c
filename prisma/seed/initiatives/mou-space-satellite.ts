// MOU: space and satellite development. On the record: space in the science and technology MOU
// (its signing counted once, under the quantum initiative), plus an environmental-satellite MOU for
// air-quality research. Singapore's space lead changed on 1 April 2026: OSTIn became NSAS.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const mouSpaceSatellite: SeedInitiative = {
  slug: "mou-space-satellite",
  title: "MOU: space and satellite development",
  kind: "mou",
  summary:
    "The brief lists a separate MOU on space and satellite development. The record shows space within the science and technology MOU [S2], whose signing is counted once, under the quantum initiative, and a separate MOU on joint use of environmental satellites for air-quality research [S3]. That MOU may be the renewal of the 2023 NIER–NEA satellite MOU, whose three-year work programme runs to about mid-2026 [S36]; no source says so.",
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
  target: MID_2026_TARGET,
  initialLifecycleStatus: "signed",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-04-01",
      recordedAfterDays: 1,
      reason:
        "Singapore's Office for Space Technology & Industry (OSTIn) became the National Space Agency of Singapore (NSAS) on 1 April 2026, as announced on 2 February [S55].",
      evidenceSourceKey: "S55",
      confidence: "high",
      set: {
        singaporeLeads: [
          "National Space Agency of Singapore (NSAS)",
          "National Environment Agency (NEA)",
        ],
      },
    },
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
        "No public report of the renewed satellite data sharing by the end of June, when the 2023 NIER–NEA work programme was due to end [S36].",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Technology desk",
  sourceKeys: ["S2", "S3", "S36", "S40", "S41", "S55"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays: "A separate MOU on space and satellite development was signed.",
      recordSays:
        "Space sits in the science and technology MOU with quantum and SMRs [S2]; its one signing is counted under the quantum initiative. A separate MOU covers joint use of environmental satellites for air-quality research [S3].",
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
        "Renewal of the satellite air-quality data sharing begun under the 2023 NIER–NEA MOU, whose three-year work programme [S36] runs to about mid-2026. The 2 March environmental-satellite MOU [S3] may itself be that renewal; no source says so. Tracker estimate.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S36", "S3"],
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
            "No public report of a renewed data-sharing arrangement by the end of June. Whether the 2 March environmental-satellite MOU [S3] is the renewal is not stated, and no source says the next step rests with either side; re-planned to December.",
          confidence: "low",
          set: { plannedDate: "2026-12-18" },
        },
      ],
    },
    {
      key: "space-satellite-dialogue",
      title: "KASA–NSAS space and satellite dialogue",
      description:
        "First dialogue between Korea's AeroSpace Administration, opened May 2024 [S40], and the National Space Agency of Singapore, formed on 1 April 2026 from the Office for Space Technology & Industry [S41][S55]. Analyst estimate.",
      side: "joint",
      baselineDate: "2026-11-27",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S40", "S41", "S55"],
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
            "Depends on the data-sharing renewal, not yet reported; re-planned to April 2027.",
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
      body: "The brief's space MOU is, on the record, the space component of the science and technology MOU [S2] plus an environmental-satellite MOU for air-quality research [S3]. The environmental-satellite signing is recorded here; the science and technology MOU's signing is counted once, under the quantum initiative. Later milestones are analyst estimates.",
    },
    {
      effective: "2026-07-08",
      health: "at_risk",
      body: "No public report of the renewed satellite data sharing by the end of June, when the 2023 NIER–NEA work programme was due to end [S36]; whether the 2 March environmental-satellite MOU [S3] is that renewal is not stated. Re-planned to December. Other work continues on tracker assumptions.",
    },
    {
      effective: "2026-11-25",
      health: "at_risk",
      body: "No public announcement of a dialogue between KASA and the National Space Agency of Singapore, which took over from OSTIn on 1 April [S55]; re-planned to February 2027. The validation campaign moves to April 2027 because it depends on the data-sharing renewal, not yet reported.",
    },
  ],
};
