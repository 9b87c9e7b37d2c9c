import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { daysBetween, formatDay } from "@/lib/domain/dates";
import { describeForecast, type Forecast } from "@/lib/domain/forecast";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import Link from "next/link";
import { OnDemandTable } from "./on-demand-table";
import { initiativeHref, type DashboardView } from "./view-links";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow; view: DashboardView };

/** The forecast's figures per initiative: the range, the pace and where the likely date falls. */
export function ForecastTable({ snapshot: s, target, view }: Props) {
  return (
    <OnDemandTable
      chart="forecast"
      view={view}
      caption={`Projected completion per initiative, from the pace of the last 8 weeks to ${formatDay(s.asOf)}`}
      columns={[
        { label: "Initiative" },
        { label: "Forecast" },
        { label: "Early" },
        { label: "Likely" },
        { label: "Late" },
        { label: "Pace (points a week)", numeric: true },
        { label: `Likely vs the end of ${describeWindow(target)}` },
      ]}
    >
      {s.initiatives.map((i) => {
        const f = i.forecast;
        const projected = f.kind === "projected" ? f : null;
        return (
          <tr key={i.id}>
            <th scope="row" className={rowHeaderClass("compact", "min-w-48")}>
              <Link href={initiativeHref(i.slug, view)} className="underline">
                {i.title}
              </Link>
            </th>
            <td className={cellClass("compact", { extra: "min-w-48" })}>{describeForecast(f)}</td>
            {[
              projected?.early,
              projected?.likely ?? (f.kind === "complete" ? f.on : null),
              projected?.late,
            ].map((day, n) => (
              <td key={n} className={cellClass("compact", { extra: "whitespace-nowrap" })}>
                {formatDay(day)}
              </td>
            ))}
            <td className={cellClass("compact", { numeric: true })}>
              {projected ? projected.velocityPerWeek.toFixed(1) : "—"}
            </td>
            <td className={cellClass("compact", { extra: "whitespace-nowrap" })}>
              {relativeToWindow(f, target)}
            </td>
          </tr>
        );
      })}
    </OnDemandTable>
  );
}

function relativeToWindow(f: Forecast, target: TargetWindow): string {
  const day = f.kind === "projected" ? f.likely : f.kind === "complete" ? f.on : null;
  if (!day) return "—";
  const late = daysBetween(target.end, day);
  return late > 0 ? `${late} days after` : "within or before";
}
