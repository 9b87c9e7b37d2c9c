"use client";
import { useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from "recharts";
import { formatDay } from "@/lib/domain/dates";
import { formatPercent } from "@/lib/domain/progress";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { ASSUMED_FILL } from "@/components/ui/progress-colors";
import { AXIS_TICK, CHART_COLORS } from "./chart-theme";
import { ProgressStack } from "./progress-stack";
import { sortRows, type ProgressOrder, type ProgressRow } from "./progress-types";

type Props = {
  rows: ProgressRow[];
  caption: string;
  target: TargetWindow;
  expectedLabel: string;
};

const ROW_HEIGHT = 64;
const LABEL_WIDTH = 250;
// One progress chart per page, so a fixed id for its hatching pattern is unique.
const HATCH_ID = "assumed-progress-hatch";

export function ProgressChart({ rows, caption, target, expectedLabel }: Props) {
  const [order, setOrder] = useState<ProgressOrder>("portfolio");
  const data = sortRows(rows, order);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div
          role="group"
          aria-label="Order of the initiatives"
          className="inline-flex rounded-md ring-1 ring-inset ring-slate-300"
        >
          <OrderButton pressed={order === "gap"} onClick={() => setOrder("gap")}>
            Sort by gap
          </OrderButton>
          <OrderButton pressed={order === "portfolio"} onClick={() => setOrder("portfolio")}>
            Portfolio order
          </OrderButton>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
          <li>
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-3 w-5 align-middle"
              style={{ background: CHART_COLORS.evidenced }}
            />
            evidenced
          </li>
          <li>
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-3 w-5 align-middle"
              style={{ background: ASSUMED_FILL }}
            />
            reported, not evidenced (assumed)
          </li>
          <li>
            <span aria-hidden="true" className="mr-1" style={{ color: CHART_COLORS.expected }}>
              ◆
            </span>
            {expectedLabel}
          </li>
          <li>
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-3 w-0.5 align-middle"
              style={{ background: CHART_COLORS.windowEdge }}
            />
            expected by {formatDay(target.end)}, the end of {describeWindow(target)}
          </li>
        </ul>
      </div>
      <div className="hidden sm:block" role="img" aria-label={caption}>
        <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 40} minHeight={200}>
          <ComposedChart
            layout="vertical"
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <defs>
              <pattern
                id={HATCH_ID}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="3" height="6" fill={CHART_COLORS.done} />
              </pattern>
            </defs>
            <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${v}%`}
              tick={AXIS_TICK}
            />
            <YAxis
              type="category"
              dataKey="title"
              width={LABEL_WIDTH}
              interval={0}
              tick={(p) => (
                <NameTick key={p.index} x={Number(p.x)} y={Number(p.y)} row={data[p.index]} />
              )}
            />
            <Tooltip formatter={(v) => formatPercent(typeof v === "number" ? v : null)} />
            <Bar
              dataKey="evidencedProgress"
              name="Evidenced"
              stackId="progress"
              fill={CHART_COLORS.evidenced}
              barSize={20}
              isAnimationActive={false}
            />
            <Bar
              dataKey="assumedPoints"
              name="Reported, not evidenced"
              stackId="progress"
              fill={`url(#${HATCH_ID})`}
              stroke={CHART_COLORS.done}
              barSize={20}
              isAnimationActive={false}
            />
            <Line
              dataKey="expectedProgress"
              name={expectedLabel}
              stroke="none"
              isAnimationActive={false}
              activeDot={false}
              dot={{ symbol: "diamond", r: 8, fill: CHART_COLORS.expected, stroke: "#fff" }}
            />
            <Line
              dataKey="expectedAtTargetEnd"
              name={`Expected by ${formatDay(target.end)}`}
              stroke="none"
              isAnimationActive={false}
              activeDot={false}
              dot={WindowEndMark}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ProgressStack rows={data} windowEnd={target.end} expectedLabel={expectedLabel} />
    </div>
  );
}

function OrderButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md ${pressed ? "bg-brand-700 font-semibold text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
    >
      {children}
    </button>
  );
}

function WindowEndMark(p: DotItemDotProps) {
  if (p.cx == null || p.cy == null || p.value == null) return <g key={`end-${p.index}`} />;
  return (
    <rect
      key={`end-${p.index}`}
      x={Number(p.cx) - 1.5}
      y={Number(p.cy) - 14}
      width={3}
      height={28}
      fill={CHART_COLORS.windowEdge}
    />
  );
}

/** Initiative names wrap instead of being cut off; the figures sit under the name. */
function NameTick({ x, y, row }: { x: number; y: number; row?: ProgressRow }) {
  if (!row) return null;
  const lines = wrap(row.title, 34);
  const top = y - ((lines.length + 2) * 14) / 2 + 10;
  return (
    <text x={x - 8} y={top} textAnchor="end" fontSize={12} fill="#0f172a">
      {lines.map((line, n) => (
        <tspan key={n} x={x - 8} dy={n === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
      <tspan x={x - 8} dy={14} fill="#475569">
        {formatPercent(row.progress)} reported · {formatPercent(row.evidencedProgress)} evidenced
      </tspan>
      <tspan x={x - 8} dy={14} fill="#475569">
        {formatPercent(row.expectedProgress)} expected
      </tspan>
    </text>
  );
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
