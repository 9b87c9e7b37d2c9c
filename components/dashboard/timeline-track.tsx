import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatMonth } from "@/lib/domain/dates";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise } from "@/lib/domain/text";
import type { IsoDay } from "@/lib/domain/types";
import { dayPercent, type TimeAxis } from "./chart-axis";

type Props = { axis: TimeAxis; target: TargetWindow; asOf: IsoDay };

/**
 * Keeps markers on the first and last day of the axis whole instead of half clipped; the track
 * clips anything beyond that, so nothing is drawn outside the chart.
 */
export const TRACK_PADDING = "overflow-hidden px-3";

/** Gridlines, the target-window band and the as-of line behind one row of a date axis. */
export function TrackBackdrop({ axis, target, asOf }: Props) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  return (
    <div aria-hidden="true" className="absolute inset-0">
      {axis.ticks.map((t) => (
        <div
          key={t}
          className="absolute inset-y-0 w-px bg-slate-200"
          style={{ left: `${at(t)}%` }}
        />
      ))}
      <div
        className="absolute inset-y-0 border-x border-dashed"
        style={{
          left: `${at(target.start)}%`,
          width: `${at(target.end) - at(target.start)}%`,
          // Slightly see-through, so the month gridlines show inside the band.
          background: `${PROGRESS_COLORS.windowBand}cc`,
          borderColor: PROGRESS_COLORS.windowEdge,
        }}
      />
      <div
        className="absolute inset-y-0 w-0.5"
        style={{ left: `${at(asOf)}%`, background: PROGRESS_COLORS.asOf }}
      />
    </div>
  );
}

/**
 * The axis itself: month or quarter labels, the window's name over its band, the as-of label at its
 * line. `backdrop: false` when a backdrop drawn behind the whole chart already shows through.
 */
export function AxisLabels({
  axis,
  target,
  asOf,
  asOfLabel,
  backdrop = true,
}: Props & { asOfLabel: string; backdrop?: boolean }) {
  const at = (day: IsoDay) => dayPercent(day, axis.from, axis.to);
  const asOfPct = at(asOf);
  const windowPct = at(target.start);
  return (
    <div className={TRACK_PADDING}>
      <div className="relative h-14 text-xs">
        {backdrop ? <TrackBackdrop axis={axis} target={target} asOf={asOf} /> : null}
        <span
          className={`absolute top-0.5 whitespace-nowrap font-medium ${windowPct > 50 ? "-translate-x-full pr-1" : "pl-1"}`}
          style={{
            left: `${windowPct > 50 ? at(target.end) : windowPct}%`,
            color: PROGRESS_COLORS.windowText,
          }}
        >
          {capitalise(describeWindow(target))}
        </span>
        <span
          className={`absolute top-5 whitespace-nowrap font-medium ${asOfPct > 50 ? "-translate-x-full pr-1.5" : "pl-1.5"}`}
          style={{ left: `${asOfPct}%`, color: PROGRESS_COLORS.asOf }}
        >
          {asOfLabel}
        </span>
        {/* A tick this close to the end has no room for its label; its gridline still shows. */}
        {axis.ticks
          .filter((t) => at(t) < 93)
          .map((t) => (
            <span
              key={t}
              className="absolute bottom-0.5 whitespace-nowrap pl-1 text-slate-700"
              style={{ left: `${at(t)}%` }}
            >
              {formatMonth(t)}
            </span>
          ))}
      </div>
    </div>
  );
}
