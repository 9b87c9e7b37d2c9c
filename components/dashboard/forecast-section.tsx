import type { ReactNode } from "react";
import { daysBetween, formatDay, maxDay, minDay } from "@/lib/domain/dates";
import type { Forecast } from "@/lib/domain/forecast";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise, plural } from "@/lib/domain/text";
import { monthTicks, timeAxis, type TimeAxis } from "./chart-axis";
import { ChartSection } from "./chart-section";
import { RANGE_FILL } from "./chart-theme";
import { ForecastRow } from "./forecast-row";
import { ForecastTable } from "./forecast-table";
import { GlossaryLink } from "./glossary-link";
import { Legend, WindowSwatch } from "./legend";
import { AxisLabels } from "./timeline-track";
import type { DashboardView } from "./view-links";

type Props = {
  snapshot: PortfolioSnapshot;
  pager?: ReactNode;
  target: TargetWindow;
  asOfLabel: string;
  view: DashboardView;
};

// Projections from a slow pace run decades out; the axis stops here and the row says the real date.
const AXIS_YEARS_AHEAD = 3;

export function ForecastSection({ snapshot: s, pager, target, asOfLabel, view }: Props) {
  const caption = forecastCaption(
    s.initiatives.map((i) => i.forecast),
    target,
  );
  const axis = forecastAxis(s, target);
  return (
    <ChartSection
      id="forecast"
      testId="chart-forecast"
      title="Forecast completion"
      caption={caption}
      pager={pager}
    >
      <Legend>
        <li>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-3 w-6 rounded-sm border border-brand-700 align-middle"
            style={{ background: RANGE_FILL }}
          />{" "}
          early–late range
        </li>
        <li>
          <span aria-hidden="true" className="mr-1 text-slate-900">
            ◆
          </span>{" "}
          likely date
        </li>
        <li>
          <span aria-hidden="true" className="mr-1 font-bold text-brand-800">
            →
          </span>{" "}
          range runs past {formatDay(axis.to)}
        </li>
        <li>
          <WindowSwatch /> {capitalise(describeWindow(target))}
        </li>
        <li>
          <GlossaryLink term="forecast">How the forecast is made</GlossaryLink>
        </li>
      </Legend>
      {s.initiatives.length === 0 ? null : (
        <div>
          <div className="grid sm:grid-cols-[16rem_1fr] sm:gap-3">
            <div className="hidden sm:block" />
            <AxisLabels axis={axis} target={target} asOf={s.asOf} asOfLabel={asOfLabel} />
          </div>
          <ul aria-label="Forecast per initiative">
            {s.initiatives.map((i) => (
              <ForecastRow key={i.id} initiative={i} axis={axis} target={target} view={view} />
            ))}
          </ul>
        </div>
      )}
      <ForecastTable snapshot={s} target={target} view={view} />
    </ChartSection>
  );
}

function forecastAxis(s: PortfolioSnapshot, target: TargetWindow): TimeAxis {
  const dates = s.initiatives.flatMap((i) =>
    i.forecast.kind === "projected"
      ? [i.forecast.early, i.forecast.late]
      : i.forecast.kind === "complete"
        ? [i.forecast.on]
        : [],
  );
  const cap = `${Number(s.asOf.slice(0, 4)) + AXIS_YEARS_AHEAD - 1}-12-31`;
  const start = minDay([target.start, s.asOf, ...dates, s.burnUp[0]?.date ?? s.asOf]);
  const end = minDay([maxDay([target.end, s.asOf, ...dates]), cap]);
  const axis = timeAxis([start, end]);
  return {
    ...axis,
    ticks: monthTicks(axis.from, axis.to, tickStep(daysBetween(axis.from, axis.to))),
  };
}

/** Months between labelled ticks: about four to six labels, whatever the axis spans. */
function tickStep(days: number): number {
  return days > 900 ? 12 : days > 400 ? 6 : 3;
}

function forecastCaption(forecasts: Forecast[], target: TargetWindow): string {
  if (forecasts.length === 0) return "No initiatives are in view, so there is nothing to forecast.";
  const projected = forecasts.filter((f) => f.kind === "projected");
  const late = projected.filter((f) => f.likely > target.end);
  const complete = forecasts.filter((f) => f.kind === "complete").length;
  const quiet = forecasts.filter((f) => f.kind === "no_recent_progress").length;
  const unclear = forecasts.filter((f) => f.kind === "not_enough_progress").length;
  const parts = [
    `Completion is projected for ${projected.length} of ${plural(forecasts.length, "initiative")}`,
  ];
  if (projected.length > 0) {
    const [first, last] = [
      minDay(projected.map((f) => f.likely)),
      maxDay(projected.map((f) => f.likely)),
    ];
    const when =
      first === last
        ? `likely ${formatDay(first)}`
        : `likely dates ${formatDay(first)} to ${formatDay(last)}`;
    parts[0] += `, ${late.length === projected.length ? "all" : late.length === 0 ? "none" : late.length} after the end of ${describeWindow(target)} (${when})`;
  }
  parts.push(
    `${quiet} ${quiet === 1 ? "shows" : "show"} no recent progress`,
    `${unclear} ${unclear === 1 ? "has" : "have"} not enough progress to forecast`,
    complete === 0 ? "none is complete" : `${complete} ${complete === 1 ? "is" : "are"} complete`,
  );
  return `${parts.join("; ")}.`;
}
