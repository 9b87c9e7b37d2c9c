import type { ReactNode } from "react";
import Link from "next/link";
import { HealthBadge } from "@/components/ui/badges";
import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { ASSUMED_FILL, PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatDay } from "@/lib/domain/dates";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatGap, formatPercent } from "@/lib/domain/progress";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { plural } from "@/lib/domain/text";
import { OnDemandTable } from "./on-demand-table";
import { ChartSection } from "./chart-section";
import { GlossaryLink } from "./glossary-link";
import { InitiativeRow } from "./initiative-row";
import { Legend } from "./legend";
import { TrackScale } from "./progress-track";
import { ScheduleBadge, describeScheduleCounts } from "./schedule-badge";
import { InitiativeList } from "./initiative-list";
import { initiativeHref, type DashboardView } from "./view-links";

type Props = {
  snapshot: PortfolioSnapshot;
  pager?: ReactNode;
  target: TargetWindow;
  expectedLabel: string;
  view: DashboardView;
};

// The rows' own grid (initiative-row.tsx), so the scale lines up with their bars.
const ROW_GRID = "grid gap-x-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]";

/**
 * The initiatives, first thing after the headline: each one's gap, schedule status beside its
 * health, progress against what is due, milestones and latest update, every name and count a link.
 */
export function ProgressSection({ snapshot: s, pager, target, expectedLabel, view }: Props) {
  const caption = progressCaption(s, expectedLabel);
  return (
    <ChartSection
      id="initiatives"
      testId="chart-progress-vs-expectation"
      title="Initiatives: progress against schedule"
      caption={caption}
      pager={pager}
    >
      <ProgressKey target={target} expectedLabel={expectedLabel} />
      {s.initiatives.length > 0 ? (
        <InitiativeList
          label="Initiatives"
          view={view}
          gridClass={ROW_GRID}
          scale={<TrackScale />}
          rows={s.initiatives.map((i) => ({
            id: i.id,
            node: <InitiativeRow initiative={i} view={view} expectedLabel={expectedLabel} />,
          }))}
        />
      ) : null}
      <OnDemandTable
        chart="initiatives"
        view={view}
        caption={`Progress per initiative as of ${formatDay(s.asOf)}, in percent of its milestones counted by weight`}
        columns={[
          { label: "Initiative" },
          ...["Reported", "Evidenced", "Assumed", expectedLabel, "Gap"].map((label) => ({
            label,
            numeric: true,
          })),
          { label: "Schedule" },
          { label: "Health" },
          { label: `Due by the window's end`, numeric: true },
        ]}
      >
        {s.initiatives.map((i) => (
          <tr key={i.id}>
            <th scope="row" className={rowHeaderClass("compact", "min-w-48")}>
              <Link href={initiativeHref(i.slug, view)} className="text-brand-700 underline">
                {i.title}
              </Link>
            </th>
            {[
              formatPercent(i.progress),
              formatPercent(i.evidencedProgress),
              formatGap(i.assumedPoints),
              formatPercent(i.expectedProgress),
              formatGap(i.gap),
            ].map((text, n) => (
              <td key={n} className={cellClass("compact", { numeric: true })}>
                {text}
              </td>
            ))}
            <td className={cellClass("compact")}>
              <ScheduleBadge schedule={i.schedule} />
            </td>
            <td className={cellClass("compact")}>
              <HealthBadge health={i.health} />
            </td>
            <td className={cellClass("compact", { numeric: true })}>
              {formatPercent(i.expectedAtTargetEnd)} by {formatDay(i.target.end)}
            </td>
          </tr>
        ))}
      </OnDemandTable>
    </ChartSection>
  );
}

function ProgressKey({ target, expectedLabel }: { target: TargetWindow; expectedLabel: string }) {
  return (
    <div className="space-y-1">
      <Legend label="Key to the bars">
        <li className="flex items-center gap-1">
          <Swatch background={PROGRESS_COLORS.evidenced} /> evidenced
        </li>
        <li className="flex items-center gap-1">
          <Swatch background={ASSUMED_FILL} /> reported, not evidenced (assumed)
        </li>
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block size-2.5 rotate-45"
            style={{ background: PROGRESS_COLORS.expected }}
          />{" "}
          {expectedLabel}
        </li>
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-0.5"
            style={{ background: PROGRESS_COLORS.windowEdge }}
          />{" "}
          due by {formatDay(target.end)}, the end of {describeWindow(target)}
        </li>
      </Legend>
      <p className="text-xs text-slate-700">
        <GlossaryLink term="gap">How the gap is measured</GlossaryLink> ·{" "}
        <GlossaryLink term="schedule">schedule status</GlossaryLink> and{" "}
        <GlossaryLink term="health">health</GlossaryLink> ·{" "}
        <GlossaryLink term="reported-evidenced">reported and evidenced</GlossaryLink> ·{" "}
        <GlossaryLink term="planned-estimate">planned dates that are estimates</GlossaryLink>
      </p>
    </div>
  );
}

function Swatch({ background }: { background: string }) {
  return (
    <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm" style={{ background }} />
  );
}

function progressCaption(s: PortfolioSnapshot, expectedLabel: string): string {
  const n = s.initiatives.length;
  if (n === 0)
    return `No initiatives are in view as of ${formatDay(s.asOf)}; try a later date or fewer filters.`;
  const disagreeing = s.initiatives.filter((i) => i.healthDisagreement).length;
  return [
    `Of the ${plural(n, "initiative")}: ${describeScheduleCounts(s.scheduleCounts)}.`,
    disagreeing > 0
      ? `${disagreeing} ${disagreeing === 1 ? "has a health rating" : "have health ratings"} that the schedule contradicts (⚑).`
      : "No health rating contradicts the schedule.",
    `Portfolio: ${formatPercent(s.progress)} done as reported, ${formatPercent(s.evidencedProgress)} evidenced, against ${formatPercent(s.expectedProgress)} ${expectedLabel} (gap ${formatGap(s.gap)}).`,
  ].join(" ");
}
