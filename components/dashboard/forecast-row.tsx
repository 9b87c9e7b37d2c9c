import Link from "next/link";
import { formatDay, formatMonth } from "@/lib/domain/dates";
import { describeForecast } from "@/lib/domain/forecast";
import type { InitiativeSnapshot } from "@/lib/domain/portfolio-snapshot";
import type { TargetWindow } from "@/lib/domain/target-window";
import type { IsoDay } from "@/lib/domain/types";
import { dayPercent, type TimeAxis } from "./chart-axis";
import { RANGE_FILL, STATUS_MARK } from "./chart-theme";
import { TRACK_PADDING, TrackBackdrop } from "./timeline-track";
import { initiativeHref, type DashboardView } from "./view-links";

type Props = {
  initiative: InitiativeSnapshot;
  axis: TimeAxis;
  target: TargetWindow;
  view: DashboardView;
};

/** One initiative: the early–late range as a hatched bar with ◆ at the likely date, or why there is none. */
export function ForecastRow({ initiative: i, axis, target, view }: Props) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  const f = i.forecast;
  const text = describeForecast(f);
  return (
    <li className="grid gap-1 border-t border-slate-100 py-2 sm:grid-cols-[16rem_1fr] sm:gap-3">
      <div className="text-sm">
        <p className="font-medium leading-snug">
          <Link
            href={initiativeHref(i.slug, view)}
            className="underline underline-offset-2 hover:text-brand-700"
          >
            {i.title}
          </Link>
        </p>
        <p className="text-xs text-slate-700">{text}</p>
      </div>
      <div className={TRACK_PADDING}>
        <div
          className="relative h-9"
          role="img"
          aria-label={`As of ${formatDay(view.asOf)}, ${i.title}: ${text}`}
        >
          <TrackBackdrop axis={axis} target={target} asOf={view.asOf} />
          {f.kind === "projected" && f.early > axis.to ? (
            <span className="absolute right-0 top-1/2 -translate-y-1/2 whitespace-nowrap rounded bg-white/90 px-1 text-xs font-medium text-brand-800">
              range starts after {formatMonth(axis.to)} →
            </span>
          ) : f.kind === "projected" ? (
            <>
              <div
                className="absolute top-1/2 h-4 -translate-y-1/2 rounded-sm border border-brand-700"
                style={{
                  left: `${at(f.early)}%`,
                  width: `${Math.max(0.5, at(f.late) - at(f.early))}%`,
                  background: RANGE_FILL,
                }}
              />
              {f.late > axis.to ? (
                <span className="absolute right-0 top-1/2 -translate-y-1/2 bg-white/90 px-0.5 text-sm font-bold text-brand-800">
                  →
                </span>
              ) : null}
              {f.likely <= axis.to ? (
                <span
                  className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2 text-lg leading-none text-slate-900"
                  style={{ left: `${at(f.likely)}%` }}
                >
                  ◆
                </span>
              ) : null}
            </>
          ) : f.kind === "complete" ? (
            <span
              className="absolute top-1/2 flex size-5 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full text-[11px] font-bold text-white"
              style={{ left: `${at(f.on)}%`, background: STATUS_MARK.done.color }}
            >
              ✓
            </span>
          ) : (
            <span className="absolute left-1 top-1/2 -translate-y-1/2 rounded bg-white/90 px-1 text-xs italic text-slate-700">
              {f.kind === "not_enough_progress"
                ? "not enough progress to forecast"
                : "no forecast: no recent progress"}
            </span>
          )}
        </div>
      </div>
    </li>
  );
}
