import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { formatDay } from "@/lib/domain/dates";
import { EVIDENCED_EXPLANATION } from "@/lib/domain/evidence";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatGap, formatPercent, isBehind } from "@/lib/domain/progress";
import { describeWindow, windowVerdict, type TargetWindow } from "@/lib/domain/target-window";
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
    evidencedProgress: i.evidencedProgress,
    assumedPoints: i.assumedPoints,
    expectedProgress: i.expectedProgress,
    expectedAtTargetEnd: i.expectedAtTargetEnd,
    gap: i.gap,
  }));
  const caption = progressCaption(s, target, expectedLabel);
  return (
    <ChartSection
      id="progress"
      testId="chart-progress-vs-expectation"
      title={`Progress against ${describeWindow(target)}`}
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
            "Reported",
            "Evidenced",
            "Assumed",
            capitalise(expectedLabel),
            `Expected by ${formatDay(target.end)}`,
            `Gap to ${describeWindow(target)}`,
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
              formatPercent(r.evidencedProgress),
              formatGap(r.assumedPoints),
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
  const behindWindow = s.initiatives.filter((i) =>
    windowVerdict(i.progress, i.expectedAtTargetEnd, i.target, s.asOf),
  ).length;
  const verdict =
    behind === 0
      ? n === 1
        ? "the initiative is not behind"
        : `none of the ${n} initiatives is behind`
      : `${behind} of ${plural(n, "initiative")} ${behind === 1 ? "is" : "are"} behind`;
  const window = describeWindow(target);
  const windowClause =
    s.asOf <= target.end
      ? ""
      : ` ${behindWindow} of ${n} ${behindWindow === 1 ? "is" : "are"} behind ${window}${target.kind === "external_expectation" ? "; it is no commitment by either government, so being behind it sets no initiative off track" : ""}.`;
  return (
    `Portfolio is ${formatPercent(s.progress)} done as reported and ${formatPercent(s.evidencedProgress)} evidenced, against ${formatPercent(s.expectedProgress)} ${expectedLabel} and ` +
    `${formatPercent(s.expectedAtTargetEnd)} expected by ${formatDay(target.end)}, the end of ${window}; ` +
    `${verdict} the expectation for today.${windowClause} ${EVIDENCED_EXPLANATION}`
  );
}
