// MOU: quantum technology. On the record, quantum sits in one science and technology MOU.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const mouQuantum: SeedInitiative = {
  slug: "mou-quantum",
  title: "MOU: quantum technology",
  kind: "mou",
  summary:
    "The brief lists a separate MOU on quantum technology. The record shows quantum within one science and technology MOU that also covers SMRs and space, and that sets up a science and technology joint committee as its cooperation framework [S2]. No meeting of the committee is reported in the sources held.",
  focusAreas: ["Quantum science and technology", "Joint research", "Researcher exchange"],
  koreaLeads: ["Ministry of Science and ICT (MSIT)"],
  singaporeLeads: ["National Research Foundation (NRF)", "National Quantum Office (NQO)"],
  launchDate: "2026-03-02",
  target: MID_2026_TARGET,
  initialLifecycleStatus: "signed",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-07-06",
      recordedAfterDays: 2,
      reason:
        "No public report of a first meeting of the science and technology joint committee by the end of June (the meeting date is the tracker's estimate).",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Technology desk",
  sourceKeys: ["S2", "S37", "S39"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays: "A separate MOU on quantum technology was signed.",
      recordSays:
        "Quantum sits in one science and technology MOU together with SMRs and space, which sets up a science and technology joint committee as its framework [S2]. Its signing is counted once, here; the space initiative refers to it.",
      sourceKeys: ["S2"],
    },
    {
      verdict: "unverified",
      briefSays: "Progress is expected by mid-2026.",
      recordSays: "No official source for a mid-2026 expectation was found.",
      sourceKeys: [],
    },
  ],
  milestones: [
    {
      key: "quantum-st-mou-signed",
      title: "Science and technology MOU signed (quantum, SMR, space)",
      description: "The MOU that carries quantum cooperation, signed at the summit [S2].",
      side: "joint",
      baselineDate: "2026-03-02",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S2"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-03-02",
          recordedAfterDays: 2,
          reason:
            "Science and technology MOU covering quantum, SMR and space signed at the summit [S2].",
          evidenceSourceKey: "S2",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-02" },
        },
      ],
    },
    {
      key: "quantum-joint-committee-1",
      title: "First meeting of the science and technology joint committee",
      description:
        "The science and technology MOU sets up a joint committee as its cooperation framework [S2]. The meeting date is an analyst estimate.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: ["S2"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-07-06",
          recordedAfterDays: 2,
          reason:
            "No public report of a first joint committee by the end of June; re-planned to September.",
          confidence: "medium",
          set: { plannedDate: "2026-09-30" },
        },
        {
          effective: "2026-10-05",
          recordedAfterDays: 3,
          reason: "No public report by the end of September; re-planned to January 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-01-29" },
        },
      ],
    },
    {
      key: "quantum-working-group",
      title: "Quantum working group set up",
      description:
        "Working group pairing Singapore's National Quantum Office [S37] with MSIT, whose quantum strategy dates from June 2023 [S39]. Planned estimate; not reported in the sources held.",
      side: "joint",
      baselineDate: "2026-09-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S37", "S39"],
      plannedOn: "2026-03-02",
      history: [
        {
          effective: "2026-05-11",
          recordedAfterDays: 4,
          reason:
            "Tracker assumption: counterparts identified (National Quantum Office [S37], MSIT [S39]); no public report of a working group.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 10 },
        },
        {
          effective: "2026-08-10",
          recordedAfterDays: 3,
          reason: "Tracker assumption: preparatory contacts continuing; no public report.",
          confidence: "low",
          set: { percentComplete: 25 },
        },
        {
          effective: "2026-10-05",
          recordedAfterDays: 3,
          reason:
            "Tied to the first joint committee, now planned for January 2027; re-planned to March 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-03-31" },
        },
      ],
    },
    {
      key: "quantum-joint-research-call",
      title: "First joint quantum research call",
      description: "A joint call for quantum research proposals. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-03-31",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-02",
      history: [],
    },
    {
      key: "quantum-joint-committee-2",
      title: "Second meeting of the science and technology joint committee",
      description:
        "Second meeting of the joint committee the science and technology MOU sets up [S2]. The date is an analyst estimate.",
      side: "joint",
      baselineDate: "2027-06-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S2"],
      plannedOn: "2026-03-02",
      history: [],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-09",
      health: "not_assessed",
      body: "The brief's quantum MOU is, on the record, part of one science and technology MOU that also covers SMRs and space [S2]. Counterparts are Singapore's National Quantum Office [S37] and Korea's MSIT [S39]. All later milestones are analyst estimates.",
    },
    {
      effective: "2026-07-08",
      health: "at_risk",
      body: "No public report of a first meeting of the science and technology joint committee by the end of June; its date is the tracker's estimate and is re-planned to September. The quantum working group is tracked as in progress on a low-confidence assumption.",
    },
    {
      effective: "2026-09-30",
      recordedAfterDays: 2,
      health: "at_risk",
      body: "At risk, not off track: the brief's mid-2026 window has closed, but it was a news summary's expectation, not a commitment by either government. No meeting of the science and technology joint committee and no quantum working group is reported in the sources held; the committee's date is the tracker's estimate and will be re-planned to January 2027 unless an announcement appears.",
    },
  ],
};
