// MOU: small modular reactors. The KHNP–EMA MOU, signed on 1 March 2026 and exchanged on 2 March.
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const mouSmallModularReactors: SeedInitiative = {
  slug: "mou-small-modular-reactors",
  title: "MOU: small modular reactors for clean energy",
  kind: "mou",
  summary:
    "The brief lists an MOU on small modular reactors among five signed at the 2 March 2026 summit. The record shows an MOU signed on 1 March by the Energy Market Authority and Korea Hydro & Nuclear Power, and exchanged in the leaders' presence on 2 March, for joint SMR studies, workforce training and technical exchange [S4][S54][S49]; Singapore has made no decision to deploy nuclear power [S4][S42].",
  focusAreas: [
    "Joint studies of SMRs for potential use in Singapore",
    "Workforce development and training",
    "Technical information and best practices",
  ],
  koreaLeads: ["Korea Hydro & Nuclear Power (KHNP)"],
  singaporeLeads: ["Energy Market Authority (EMA)"],
  launchDate: "2026-03-01",
  target: MID_2026_TARGET,
  initialLifecycleStatus: "signed",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-05-25",
      recordedAfterDays: 3,
      reason:
        "Tracker assumption: working-level study work has started under the MOU; no public report.",
      confidence: "low",
      set: { lifecycleStatus: "implementing", health: "on_track" },
    },
    {
      effective: "2026-07-06",
      recordedAfterDays: 2,
      reason: "No public report of a joint work plan by the end of June.",
      confidence: "medium",
      set: { health: "at_risk" },
    },
  ],
  owner: "Energy desk",
  sourceKeys: ["S4", "S4b", "S5", "S42", "S49", "S50", "S52", "S54"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays:
        "An MOU on small modular reactors for clean energy was signed at the 2 March summit.",
      recordSays:
        "EMA and KHNP signed the MOU on 1 March, the day before the summit (KHNP acting president Jeon Dae-wook, EMA chief executive Puah Kok Keong), and exchanged it in the leaders' presence on 2 March: the first civil nuclear agreement between a Singapore government agency and a Korean nuclear company, covering joint studies, training and technical exchange. Singapore has made no decision to deploy nuclear power [S4][S54][S49][S50]. SMRs also appear in the science and technology MOU [S2].",
      sourceKeys: ["S4", "S4b", "S54", "S49", "S50", "S2"],
    },
    {
      verdict: "unverified",
      briefSays: "Progress is expected by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. KHNP's i-SMR design targets the mid-2030s [S5].",
      sourceKeys: ["S5"],
    },
    {
      verdict: "disputed",
      briefSays: "An MOU on small modular reactors for clean energy was signed.",
      recordSays:
        "The Korean side describes the MOU as jointly developing an innovative SMR (i-SMR) business model [S3][S52]. Singapore describes joint studies of SMRs for potential use in Singapore and says it has made no decision to deploy nuclear energy [S4][S42]. The two framings sit uneasily together; the tracker follows the MOU's stated scope.",
      sourceKeys: ["S3", "S52", "S4", "S42"],
    },
  ],
  milestones: [
    {
      key: "smr-mou-signed",
      title: "EMA–KHNP MOU on small modular reactors signed",
      description:
        "EMA and KHNP sign an MOU on joint SMR studies, workforce training and technical exchange [S4]: signed in Singapore on 1 March by KHNP acting president Jeon Dae-wook and EMA chief executive Puah Kok Keong [S54], and exchanged in the leaders' presence on 2 March [S49][S50].",
      side: "joint",
      baselineDate: "2026-03-01",
      weight: 2,
      provenance: "sourced",
      sourceKeys: ["S4", "S4b", "S54", "S49", "S50"],
      plannedOn: "2026-03-01",
      history: [
        {
          effective: "2026-03-01",
          recordedAfterDays: 2,
          reason:
            "EMA and KHNP signed the MOU in Singapore on 1 March, the first civil nuclear agreement between a Singapore government agency and a Korean nuclear company [S4].",
          evidenceSourceKey: "S4",
          confidence: "high",
          set: { status: "done", percentComplete: 100, actualDate: "2026-03-01" },
        },
      ],
    },
    {
      key: "smr-study-group",
      title: "EMA–KHNP joint study group constituted",
      description:
        "A joint group to run the SMR studies. Planned estimate; not reported in the sources held.",
      side: "joint",
      baselineDate: "2026-05-29",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S42"],
      plannedOn: "2026-03-01",
      history: [
        {
          effective: "2026-05-25",
          recordedAfterDays: 3,
          reason:
            "Tracker assumption: EMA's dedicated nuclear energy team [S42] and KHNP setting up the study group; no public report.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 30 },
        },
        {
          effective: "2026-06-15",
          recordedAfterDays: 2,
          reason:
            "No public report of the group's first meeting by mid-June; re-planned to August.",
          confidence: "medium",
          set: { plannedDate: "2026-08-31" },
        },
        {
          effective: "2026-09-21",
          recordedAfterDays: 4,
          reason:
            "No public report by the end of August; re-planned to December. Tracker assumes the group is forming.",
          confidence: "low",
          set: { percentComplete: 60, plannedDate: "2026-12-18" },
        },
      ],
    },
    {
      key: "smr-work-plan",
      title: "Joint study work plan agreed",
      description: "Work plan for the joint SMR studies. Planned estimate.",
      side: "joint",
      baselineDate: "2026-06-30",
      weight: 2,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-01",
      history: [
        {
          effective: "2026-07-06",
          recordedAfterDays: 2,
          reason: "No public report of a work plan by the end of June; re-planned to September.",
          confidence: "medium",
          set: { plannedDate: "2026-09-30" },
        },
        {
          effective: "2026-10-05",
          recordedAfterDays: 2,
          reason:
            "Still no public report by the end of September; re-planned to follow the study group.",
          confidence: "medium",
          set: { plannedDate: "2027-01-29" },
        },
      ],
    },
    {
      key: "smr-technical-exchange",
      title: "First technical information exchange",
      description:
        "Sharing of technical information and best practices under the MOU [S4]. KHNP's i-SMR targets the mid-2030s [S5]. Timing is an analyst estimate.",
      side: "joint",
      baselineDate: "2026-09-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S4", "S5"],
      plannedOn: "2026-03-01",
      history: [
        {
          effective: "2026-06-08",
          recordedAfterDays: 4,
          reason: "Tracker assumption: exchange of technical material has begun; no public report.",
          confidence: "low",
          set: { status: "in_progress", percentComplete: 20 },
        },
        {
          effective: "2026-09-14",
          recordedAfterDays: 3,
          reason: "Tracker assumption: exchange continuing; no public report.",
          confidence: "low",
          set: { percentComplete: 40 },
        },
        {
          effective: "2026-10-12",
          recordedAfterDays: 2,
          reason:
            "No public report of a completed exchange by the end of September; re-planned to December.",
          confidence: "medium",
          set: { plannedDate: "2026-12-18" },
        },
        {
          effective: "2026-11-16",
          recordedAfterDays: 1,
          reason: "Tracker assumption: exchange nearing its first round; no public report.",
          confidence: "low",
          set: { percentComplete: 55 },
        },
      ],
    },
    {
      key: "smr-training",
      title: "First workforce training exchange",
      description:
        "Workforce development and training under the MOU [S4]. Timing is an analyst estimate.",
      side: "joint",
      baselineDate: "2026-10-30",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: ["S4"],
      plannedOn: "2026-03-01",
      history: [
        {
          effective: "2026-11-02",
          recordedAfterDays: 1,
          reason:
            "No public report of a training programme; depends on the work plan, now planned for January 2027.",
          confidence: "medium",
          set: { plannedDate: "2027-02-26" },
        },
      ],
    },
    {
      key: "smr-implementation-review",
      title: "MOU implementation review",
      description: "Both sides review the first year of the MOU. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-03-31",
      weight: 1,
      provenance: "planned_estimate",
      sourceKeys: [],
      plannedOn: "2026-03-01",
      history: [],
    },
    {
      key: "smr-study-report",
      title: "Joint SMR study report",
      description:
        "Report of the joint studies of SMRs for potential use in Singapore [S4]. Not a deployment decision. Analyst estimate.",
      side: "joint",
      baselineDate: "2027-09-30",
      weight: 3,
      provenance: "planned_estimate",
      sourceKeys: ["S4"],
      plannedOn: "2026-03-01",
      history: [],
    },
  ],
  statusUpdates: [
    {
      effective: "2026-03-06",
      health: "not_assessed",
      body: "EMA and KHNP signed the SMR MOU on 1 March, a day before the summit, and exchanged it in the leaders' presence on 2 March [S4][S49]. It covers joint studies, training and technical exchange; Singapore has made no decision to deploy nuclear power. Later milestones are analyst estimates.",
    },
    {
      effective: "2026-07-08",
      health: "at_risk",
      body: "No public report of the study group's first meeting or of a work plan; both are re-planned. Progress on the study group and technical exchange is a tracker assumption, recorded with low confidence.",
    },
    {
      effective: "2026-11-18",
      health: "at_risk",
      body: "The work plan is re-planned a second time, to January 2027, and the first training exchange moves to February 2027. The brief's mid-2026 expectation was not met on the public record. KHNP's i-SMR targets the mid-2030s [S5], so the studies are long-horizon.",
    },
  ],
};
