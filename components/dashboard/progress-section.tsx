import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { formatDay } from "@/lib/domain/dates";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatGap, formatPercent, isBehind } from "@/lib/domain/progress";
import type { TargetWindow } from "@/lib/domain/target-window";
import { capitalise, plural } from "@/lib/domain/text";
import { ChartDataTable } from "./chart-data-table";
import { ChartSection } from "./chart-section";
import { ProgressChart } from "./progress-chart";
import type { ProgressRow } from "./progress-types";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow; expectedLabel: string };

export function ProgressSection({ snapshot: s, target, expectedLabel }: Props) {
  const rows: ProgressRow[] = s.initiatives.map((i) => ({
    id: i.id,
    slug: i.slug,
    title: i.title,
    progress: i.progress,
    expectedProgress: i.expectedProgress,
    expectedAtTargetEnd: i.expectedAtTargetEnd,
    gap: i.gap,
  }));
  const caption = progressCaption(s, target, expectedLabel);
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
          target={target}
          expectedLabel={expectedLabel}
        />
      ) : null}
      <ChartDataTable
        caption={`Progress per initiative as of ${formatDay(s.asOf)}, in percent of milestone weight`}
        columns={[
          { label: "Initiative" },
          ...[
            "Done",
            capitalise(expectedLabel),
            `Expected by ${formatDay(target.end)}`,
            `Gap to the ${target.label} expectation`,
          ].map((label) => ({ label, numeric: true })),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={rowHeaderClass("compact")}>
              {r.title}
            </th>
            {[
              formatPercent(r.progress),
              formatPercent(r.expectedProgress),
              formatPercent(r.expectedAtTargetEnd),
              formatGap(r.gap),
            ].map((text, n) => (
              <td key={n} className={cellClass("compact", { numeric: true })}>
                {text}
              </td>
            ))}
          </tr>
        ))}
      </ChartDataTable>
    </ChartSection>
  );
}

function progressCaption(
  s: PortfolioSnapshot,
  target: TargetWindow,
  expectedLabel: string,
): string {
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
    `Portfolio is ${formatPercent(s.progress)} done against ${formatPercent(s.expectedProgress)} ${expectedLabel} and ` +
    `${formatPercent(s.expectedAtTargetEnd)} expected by the end of the ${target.label} window (${formatDay(target.end)}); ` +
    `${verdict} the expectation for today.`
  );
}
