import { MID_2026_WINDOW } from "@/lib/constants";
import { formatDay } from "@/lib/domain/dates";
import { MAX_HORIZON_YEARS, MAX_RANGE_SHARE, MIN_GAIN_WEEKS } from "@/lib/domain/forecast";
import { DUE_WINDOW_DAYS } from "@/lib/domain/milestone-counts";
import { STALE_AFTER_DAYS } from "@/lib/domain/stale";
import { AHEAD_GAP, BEHIND_GAP, GAP_DEFINITION, SLIPPING_GAP } from "@/lib/domain/verdict";

export type GlossaryEntry = { id: string; term: string; body: string[] };

const window = `${formatDay(MID_2026_WINDOW.start)} – ${formatDay(MID_2026_WINDOW.end)}`;

/**
 * The words the dashboard uses, defined once. Each figure's rule lives in lib/domain; these
 * sentences quote its constants so the two cannot drift apart.
 */
export const GLOSSARY = [
  {
    id: "gap",
    term: "Gap (behind or ahead of schedule)",
    body: [
      GAP_DEFINITION,
      "A negative gap is behind schedule: for example, −41 pts means 41 percentage points less is done than the milestones' baseline dates call for by then. It is measured against each milestone's own baseline date, never against the end of a window, and it is the same figure on the dashboard, on each initiative's page and in the API.",
    ],
  },
  {
    id: "expected",
    term: "Expected (due)",
    body: [
      "The share of an initiative's milestones, counted by weight, whose baseline date has passed on the as-of date: what would be done by then if every milestone had finished on its original date. “Due by” a date and “expected today” mean this. Cancelled milestones leave the count.",
      "Each milestone has a weight (1 to 3) for how large a part of the work it is.",
    ],
  },
  {
    id: "reported-evidenced",
    term: "Reported and evidenced progress",
    body: [
      "Reported progress is what the tracker holds: a done milestone counts in full, one in progress by its percentage, the others not at all, each weighted by its weight. The portfolio's figure is the plain average of its initiatives'.",
      "Evidenced progress is the part a cited source or an evidence link backs. The rest is the tracker's assumption, drawn hatched in the bars.",
    ],
  },
  {
    id: "schedule",
    term: "Schedule status",
    body: [
      `Worked out from the gap, the same way on every page: behind schedule at ${BEHIND_GAP} points or more behind; slipping at ${SLIPPING_GAP} points or more behind, or with any milestone overdue; ahead of schedule at ${AHEAD_GAP} points or more ahead; otherwise on schedule. “No milestones” means nothing is in scope to measure.`,
    ],
  },
  {
    id: "health",
    term: "Health",
    body: [
      "The analyst's judgement (on track, at risk, off track or not assessed), set with a status update. It can weigh what the schedule cannot, such as talks under way or a date an official has announced.",
      "Where health and schedule plainly disagree (on track while behind or slipping; off track while on schedule or ahead), the dashboard flags it with ⚑ and a sentence. The flag asks for a look; it does not overrule the analyst.",
    ],
  },
  {
    id: "as-of",
    term: "As of, and as known on",
    body: [
      "As of a date: the portfolio as it stood on that date, by when each change took effect, including changes recorded later.",
      "As known on a date: only what the tracker had recorded by the end of that date, so later corrections are left out. Today's view is both.",
    ],
  },
  {
    id: "window",
    term: "Window (the brief's mid-2026 expectation)",
    body: [
      `The brief Corridor was set up from says results were expected by “mid-2026”; the tracker models the brief's words as ${window}.`,
      "Those are a news summary's words, not a commitment by either government, so being behind the window sets no initiative off track. The dashboard states it beside the gap (for example “Window closed 30 Sept 2026: 24% done of 55% due by then”) but never measures the gap against it.",
      "A window that a government has committed to, with a cited source, is called a commitment instead.",
    ],
  },
  {
    id: "baseline",
    term: "Baseline date",
    body: [
      "The date a milestone was first planned for. Expected progress and slip are measured from it; it moves only when an analyst re-baselines the milestone and says why.",
    ],
  },
  {
    id: "planned-estimate",
    term: "Planned date (an estimate)",
    body: [
      "A planned date the tracker estimated because no public date was found. It can move as news arrives. A date taken from a cited source is marked as such.",
    ],
  },
  {
    id: "overdue",
    term: "Overdue, blocked and due",
    body: [
      "Overdue: open work (neither done nor cancelled) whose planned date has passed on the as-of date. Overdue milestones that are also blocked are counted once: “3 overdue, all blocked”.",
      `Blocked: a milestone the analyst has marked as unable to move. Due: open work planned within the next ${DUE_WINDOW_DAYS} days.`,
    ],
  },
  {
    id: "stale",
    term: "Stale",
    body: [
      `No status update in the ${STALE_AFTER_DAYS} days up to the as-of date, or none at all. The figures may still be right; nobody has said so lately.`,
    ],
  },
  {
    id: "forecast",
    term: "Forecast",
    body: [
      "A likely completion date with an early–late range, projected from the pace of progress over the last 8 weeks, the most recent weeks counting most.",
      `No progress in the last 4 weeks gives “no recent progress”. Fewer than ${MIN_GAIN_WEEKS} weeks with progress, a range wider than ${MAX_RANGE_SHARE} times the time to the likely date, or a likely date more than ${MAX_HORIZON_YEARS} years out gives “not enough progress to forecast” rather than a range decades wide.`,
    ],
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryTerm = (typeof GLOSSARY)[number]["id"];
