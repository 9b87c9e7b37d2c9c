import type { ReactNode } from "react";
import Link from "next/link";
import { formatDay } from "@/lib/domain/dates";
import type {
  InitiativeSnapshot,
  PortfolioSnapshot,
  TimelineMilestone,
} from "@/lib/domain/portfolio-snapshot";
import { inScope } from "@/lib/domain/progress";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise, plural } from "@/lib/domain/text";
import { ChartSection } from "./chart-section";
import { isLateOrOpen, matchesShow, SHOW_LABELS } from "./milestone-filter";
import { TimelineChart } from "./timeline-chart";
import { TimelineTable } from "./timeline-table";
import { dashboardHref, type DashboardView } from "./view-links";

type Props = {
  snapshot: PortfolioSnapshot;
  pager?: ReactNode;
  target: TargetWindow;
  asOfLabel: string;
  view: DashboardView;
};

export function TimelineSection({ snapshot: s, pager, target, asOfLabel, view }: Props) {
  const all = s.initiatives.flatMap((i) => i.timeline);
  const show = view.show;
  const picked = s.initiatives
    .map((i) => ({
      initiative: i,
      milestones: show ? i.timeline.filter((m) => matchesShow(m, show, s.asOf)) : i.timeline,
    }))
    .filter((g) => g.milestones.length > 0);
  const shown = picked.flatMap((g) => g.milestones);
  const groups = picked.map((g) => capGroup(g, !show));
  const caption = timelineCaption(s, all, target);
  return (
    <ChartSection
      id="timeline"
      testId="chart-timeline"
      title="Milestone timeline"
      caption={caption}
      pager={pager}
    >
      {show ? (
        <p
          className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-900"
          data-testid="timeline-filter"
        >
          Showing only the {plural(shown.length, "milestone")} {SHOW_LABELS[show]} on{" "}
          {formatDay(s.asOf)}.{" "}
          <Link
            href={dashboardHref(view, { show: undefined }, "timeline")}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            Show all {all.length} milestones
          </Link>
        </p>
      ) : null}
      {shown.length > 0 ? (
        <TimelineChart
          snapshot={s}
          groups={groups}
          target={target}
          asOfLabel={asOfLabel}
          view={view}
          foldable={!show}
        />
      ) : null}
      <TimelineTable snapshot={s} groups={groups} view={view} />
    </ChartSection>
  );
}

/** The most milestones one group draws; a bigger plan shows its late and open work first. */
export const MAX_PER_GROUP = 15;

/**
 * A group as drawn: all of it when small; otherwise its first late and open milestones (all kinds
 * when a headline count picked them), the rest counted and left to the initiative's page, so a
 * large plan costs the dashboard no more than a small one.
 */
function capGroup(
  g: { initiative: InitiativeSnapshot; milestones: TimelineMilestone[] },
  foldable: boolean,
) {
  if (g.milestones.length <= MAX_PER_GROUP) return { ...g, omitted: 0 };
  const kept = (foldable ? g.milestones.filter(isLateOrOpen) : g.milestones).slice(
    0,
    MAX_PER_GROUP,
  );
  return { ...g, milestones: kept, omitted: g.milestones.length - kept.length };
}

function timelineCaption(
  s: PortfolioSnapshot,
  milestones: TimelineMilestone[],
  target: TargetWindow,
): string {
  const slipped = inScope(milestones).filter((m) => m.slippageDays > 0);
  const maxSlip = Math.max(0, ...slipped.map((m) => m.slippageDays));
  const withMilestones = s.initiatives.filter((i) => i.timeline.length > 0).length;
  if (milestones.length === 0)
    return `No milestones are in view as of ${formatDay(s.asOf)}; try a later date or fewer filters.`;
  const c = s.counts;
  const overdue =
    c.overdue === 0
      ? "none overdue"
      : `${c.overdue} overdue${c.overdueBlocked > 0 ? ` (${c.overdueBlocked} of them blocked)` : ""}`;
  const blockedOnly = c.blocked - c.overdueBlocked;
  return (
    `${plural(milestones.length, "milestone")} across ${plural(withMilestones, "initiative")}: ${c.done} done, ${c.inProgress} in progress, ` +
    `${overdue}${blockedOnly > 0 ? `, ${blockedOnly} more blocked` : ""}, ${c.cancelled} cancelled. ` +
    (slipped.length > 0
      ? `${slipped.length} ${slipped.length === 1 ? "has" : "have"} slipped past the baseline date, by up to ${maxSlip} days. `
      : "None has slipped past its baseline date. ") +
    `${capitalise(describeWindow(target))} runs ${formatDay(target.start)} – ${formatDay(target.end)}. ` +
    "Each initiative shows its late and open milestones; “show all” lists the rest."
  );
}
