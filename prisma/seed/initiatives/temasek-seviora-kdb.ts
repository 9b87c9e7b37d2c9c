// Investment: Temasek and Seviora with the Korea Development Bank. Announced, not shown signed; the
// SME ministry's fund-of-funds is separate (tracked under the AI initiative).
import { MID_2026_TARGET } from "../target";
import type { SeedInitiative } from "../types";

export const temasekSevioraKdb: SeedInitiative = {
  slug: "temasek-seviora-kdb",
  title: "Temasek and Seviora investment agreements with KDB",
  kind: "investment_agreement",
  summary:
    "The brief says Temasek and Seviora signed agreements with the Korea Development Bank on joint technology ventures, cross-border startup funding and collaborative R&D. The record found says only that President Lee cited a new KDB–Seviora investment partnership for 'closer and more strategic cooperation in cross-border investment' [S8]; no signing, document, date or signatories were found, so the tracker does not treat it as signed. Korea's SME ministry's US$300m fund-of-funds in Singapore is a separate commitment, tracked under the AI initiative [S44][S51].",
  focusAreas: ["Cross-border investment", "Startup funding", "Joint technology ventures"],
  koreaLeads: ["Korea Development Bank (KDB)"],
  singaporeLeads: ["Temasek", "Seviora"],
  launchDate: "2026-03-02",
  target: MID_2026_TARGET,
  // No signing is established (see the record notes), so the lifecycle stays at "announced".
  initialLifecycleStatus: "announced",
  initialHealth: "not_assessed",
  changes: [
    {
      effective: "2026-06-08",
      recordedAfterDays: 3,
      reason:
        "Tracker assumption: working-level follow-up between KDB and Seviora has started; no public report.",
      confidence: "low",
      set: { health: "on_track" },
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
  sourceKeys: ["S8", "S44", "S45", "S47", "S48", "S51", "S57"],
  workstreams: [],
  recordNotes: [
    {
      verdict: "differs",
      briefSays:
        "Temasek and Seviora signed agreements with KDB on joint technology ventures, cross-border startup funding and collaborative R&D.",
      recordSays:
        "The source found says only that President Lee cited a new investment partnership between KDB and Seviora for 'closer and more strategic cooperation in cross-border investment' [S8]; no signing, document, date or signatories were found. Seviora is Temasek's holding company for its asset managers, set up in October 2020 [S45]; it managed about US$63bn at 30 September 2025, and about US$72bn only once its pending integration of Pavilion Capital completes [S47].",
      sourceKeys: ["S8", "S45", "S47"],
    },
    {
      verdict: "unverified",
      briefSays: "The agreements are expected to turn into tangible collaborations by mid-2026.",
      recordSays:
        "No official source for a mid-2026 expectation was found. The SME ministry's fund-of-funds in Singapore (H2 2026, growing to US$300m by 2030) is a separate commitment, not part of the KDB–Seviora partnership [S44][S51].",
      sourceKeys: ["S44", "S51"],
    },
    {
      verdict: "disputed",
      briefSays: "Temasek and Seviora signed agreements with KDB.",
      recordSays:
        "One secondary summary describes a KDB–Seviora investment partnership MOU as concluded [S57], but it gives no date, document or signatories, and the reports of the summit speak only of a partnership Lee cited [S8]. No signing is established; the tracker records the agreements as announced.",
      sourceKeys: ["S57", "S8"],
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
      body: "A KDB–Seviora working group is tracked as in progress on a low-confidence assumption. No signing of the investment agreements is reported; they stay recorded as announced.",
    },
    {
      effective: "2026-11-25",
      health: "at_risk",
      body: "No public report of a working group, joint venture or co-investment; the working group is re-planned to January 2027 and the pipeline to March 2027.",
    },
  ],
};
