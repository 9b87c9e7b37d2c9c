"use client";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { BurnUpPoint } from "@/lib/domain/burnup";
import { dayToMs, formatDay, formatMonth, msToDay } from "@/lib/domain/dates";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise } from "@/lib/domain/text";
import { monthTicks } from "./chart-axis";
import { AXIS_TICK, CHART_COLORS } from "./chart-theme";
import { AsOfSwatch, Legend, WindowSwatch } from "./legend";

type Props = { points: BurnUpPoint[]; target: TargetWindow; asOfLabel: string; caption: string };

// Dash patterns tell the lines apart without colour; the legend draws the same patterns.
const LINES = [
  { key: "scope", name: "Scope", color: CHART_COLORS.scope, dash: "8 4", width: 2 },
  { key: "started", name: "Started", color: CHART_COLORS.started, dash: "2 3", width: 2.5 },
  { key: "done", name: "Done", color: CHART_COLORS.done, dash: undefined, width: 3.5 },
  // Drawn over "Done", which it never exceeds: where every completion is backed the two coincide.
  {
    key: "evidencedDone",
    name: "Done, evidenced",
    color: CHART_COLORS.evidenced,
    dash: "10 3",
    width: 2,
  },
] as const;

export function BurnUpLines({ points, target, asOfLabel, caption }: Props) {
  const data = points.map((p) => ({ ...p, t: dayToMs(p.date) }));
  const from = points[0].date;
  const to = points.at(-1)!.date;
  // Before the window has passed, the axis runs on to its end so the band is always drawn.
  const axisEnd = to > target.end ? to : target.end;
  const ticks = monthTicks(from, axisEnd, 1).map(dayToMs);
  const band = capitalise(describeWindow(target));
  const top = Math.max(1, ...points.map((p) => p.scope));
  // The as-of label sits above the plot, on the side of its line that has room.
  const asOfPastMiddle = dayToMs(to) - dayToMs(from) > (dayToMs(axisEnd) - dayToMs(from)) / 2;
  return (
    <div className="space-y-2">
      <Legend label="Legend">
        {LINES.map((l) => (
          <li key={l.key} className="flex items-center gap-1">
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke={l.color}
                strokeWidth={l.width}
                strokeDasharray={l.dash}
              />
            </svg>
            {l.name}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <WindowSwatch />
          {band}
        </li>
        <li className="flex items-center gap-1">
          <AsOfSwatch />
          {asOfLabel}
        </li>
        <li className="text-slate-700">Vertical axis: milestones, each counted by its weight</li>
      </Legend>
      <div role="img" aria-label={caption}>
        <ResponsiveContainer width="100%" height={320} minHeight={260}>
          <LineChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 28, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid stroke={CHART_COLORS.grid} />
            <ReferenceArea
              x1={Math.max(dayToMs(target.start), dayToMs(from))}
              x2={dayToMs(target.end)}
              fill={CHART_COLORS.window}
              fillOpacity={0.5}
              stroke={CHART_COLORS.windowEdge}
              strokeDasharray="3 3"
              label={{
                value: band,
                position: "insideTop",
                fill: CHART_COLORS.windowText,
                fontSize: 12,
              }}
              ifOverflow="hidden"
            />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[dayToMs(from), dayToMs(axisEnd)]}
              allowDataOverflow
              ticks={ticks}
              tickFormatter={(t: number) => formatMonth(msToDay(t))}
              tick={AXIS_TICK}
            />
            <YAxis
              allowDecimals={false}
              width={44}
              tick={AXIS_TICK}
              domain={[0, top]}
              allowDataOverflow
            />
            <Tooltip labelFormatter={(t) => `Week of ${formatDay(msToDay(Number(t)))}`} />
            <ReferenceLine
              x={dayToMs(to)}
              stroke={CHART_COLORS.asOf}
              strokeWidth={2}
              ifOverflow="hidden"
              label={<AsOfLabel text={asOfLabel} before={asOfPastMiddle} />}
            />
            {LINES.map((l) => (
              <Line
                key={l.key}
                type="linear"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                strokeWidth={l.width}
                strokeDasharray={l.dash}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/** The as-of line's name above the plot, ending at the line (or starting from it) so it stays inside. */
function AsOfLabel({
  text,
  before,
  viewBox,
}: {
  text: string;
  before: boolean;
  viewBox?: { x?: number; y?: number };
}) {
  if (viewBox?.x === undefined || viewBox.y === undefined) return null;
  return (
    <text
      x={viewBox.x + (before ? -4 : 4)}
      y={viewBox.y - 8}
      textAnchor={before ? "end" : "start"}
      fill={CHART_COLORS.asOf}
      fontSize={12}
    >
      {text}
    </text>
  );
}
