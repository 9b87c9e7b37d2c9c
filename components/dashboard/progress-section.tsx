import { formatDay } from "@/lib/format";
import {
  expectedOnLabel,
  formatGap,
  isBehind,
  plural,
  type TargetWindow,
} from "@/lib/dashboard-format";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatPercent } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { DataTable, td, th } from "./data-table";
import { ProgressChart } from "./progress-chart";
import type { ProgressRow } from "./progress-types";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow };

export function ProgressSection({ snapshot: s, target }: Props) {
  const rows: ProgressRow[] = s.initiatives.map((i) => ({
    id: i.id,
    slug: i.slug,
    title: i.title,
    progress: i.progress,
    expectedProgress: i.expectedProgress,
    expectedAtTargetEnd: i.expectedAtTargetEnd,
    gap: i.gap,
  }));
  const caption = progressCaption(s, target);
  return (
    <ChartSection
      id="progress"
      testId="chart-progress-vs-expectation"
      title="Progress against the mid-2026 expectation"
      caption={caption}
    >
      {rows.length > 0 ? (
        <ProgressChart
          rows={rows}
          caption={caption}
          windowEnd={target.end}
          windowLabel={target.label}
          expectedLabel={expectedOnLabel(s.asOf)}
        />
      ) : null}
      <DataTable
        caption={`Progress per initiative as of ${formatDay(s.asOf)}, in percent of milestone weight`}
        head={
          <>
            <th scope="col" className={th}>
              Initiative
            </th>
            <th scope="col" className={th}>
              Done
            </th>
            <th scope="col" className={th}>
              {capitalise(expectedOnLabel(s.asOf))}
            </th>
            <th scope="col" className={th}>
              Expected by {formatDay(target.end)}
            </th>
            <th scope="col" className={th}>
              Gap to the {target.label} expectation
            </th>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {r.title}
            </th>
            <td className={td}>{formatPercent(r.progress)}</td>
            <td className={td}>{formatPercent(r.expectedProgress)}</td>
            <td className={td}>{formatPercent(r.expectedAtTargetEnd)}</td>
            <td className={td}>{formatGap(r.gap)}</td>
          </tr>
        ))}
      </DataTable>
    </ChartSection>
  );
}

function progressCaption(s: PortfolioSnapshot, target: TargetWindow): string {
  const n = s.initiatives.length;
  if (n === 0)
    return `No initiatives are in view as of ${formatDay(s.asOf)}; try a later date or fewer filters.`;
  const behind = s.initiatives.filter((i) => isBehind(i.progress, i.expectedProgress)).length;
  const verdict =
    behind === 0
      ? n === 1
        ? "the initiative is not behind"
        : `none of the ${n} initiatives is behind`
      : `${behind} of ${plural(n, "initiative")} ${behind === 1 ? "is" : "are"} behind`;
  return (
    `Portfolio is ${formatPercent(s.progress)} done against ${formatPercent(s.expectedProgress)} ${expectedOnLabel(s.asOf)} and ` +
    `${formatPercent(s.expectedAtTargetEnd)} expected by the end of the ${target.label} window (${formatDay(target.end)}); ` +
    `${verdict} the expectation for today.`
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
