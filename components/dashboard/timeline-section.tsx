import { formatDay } from "@/lib/domain/dates";
import type { PortfolioSnapshot, TimelineMilestone } from "@/lib/domain/portfolio-snapshot";
import { inScope } from "@/lib/domain/progress";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise, plural } from "@/lib/domain/text";
import { ChartSection } from "./chart-section";
import { TimelineChart } from "./timeline-chart";
import { TimelineTable } from "./timeline-table";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow; asOfLabel: string };

export function TimelineSection({ snapshot: s, target, asOfLabel }: Props) {
  const milestones = s.initiatives.flatMap((i) => i.timeline);
  const caption = timelineCaption(s, milestones, target);
  return (
    <ChartSection
      id="timeline"
      testId="chart-timeline"
      title="Milestone timeline"
      caption={caption}
    >
      {milestones.length > 0 ? (
        <TimelineChart
          snapshot={s}
          milestones={milestones}
          target={target}
          asOfLabel={asOfLabel}
          caption={caption}
        />
      ) : null}
      <TimelineTable snapshot={s} />
    </ChartSection>
  );
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
  return (
    `${plural(milestones.length, "milestone")} across ${plural(withMilestones, "initiative")}: ${s.counts.done} done, ${s.counts.inProgress} in progress, ` +
    `${s.counts.blocked} blocked, ${s.counts.overdue} overdue, ${s.counts.cancelled} cancelled. ` +
    (slipped.length > 0
      ? `${slipped.length} ${slipped.length === 1 ? "has" : "have"} slipped past the baseline date, by up to ${maxSlip} days. `
      : "None has slipped past its baseline date. ") +
    `${capitalise(describeWindow(target))} runs ${formatDay(target.start)} – ${formatDay(target.end)}.`
  );
}
