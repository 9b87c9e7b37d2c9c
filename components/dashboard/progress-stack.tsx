import { formatDay } from "@/lib/domain/dates";
import { formatGap, formatPercent } from "@/lib/domain/progress";
import { ASSUMED_FILL } from "@/components/ui/progress-colors";
import { CHART_COLORS } from "./chart-theme";
import type { ProgressRow } from "./progress-types";

type Props = {
  rows: ProgressRow[];
  windowEnd: string;
  expectedLabel: string;
};

/** The phone layout of the progress chart: one stacked row per initiative, the figures printed in words. */
export function ProgressStack({ rows, windowEnd, expectedLabel }: Props) {
  return (
    <ul className="space-y-3 sm:hidden" aria-label="Progress per initiative">
      {rows.map((r) => (
        <li key={r.id} className="text-sm">
          <p className="font-medium leading-snug">{r.title}</p>
          <div className="relative mt-1 h-4 rounded bg-slate-100" aria-hidden="true">
            <div
              className="absolute inset-y-0 left-0 rounded"
              style={{ width: `${Math.min(100, r.progress ?? 0)}%`, background: ASSUMED_FILL }}
            />
            <div
              className="absolute inset-y-0 left-0 rounded"
              style={{
                width: `${Math.min(100, r.evidencedProgress ?? 0)}%`,
                background: CHART_COLORS.evidenced,
              }}
            />
            {r.expectedAtTargetEnd !== null ? (
              <div
                className="absolute -top-1 h-6 w-0.5"
                style={{
                  left: `calc(${Math.min(100, r.expectedAtTargetEnd)}% - 1px)`,
                  background: CHART_COLORS.windowEdge,
                }}
              />
            ) : null}
            {r.expectedProgress !== null ? (
              <span
                className="absolute -top-1 -translate-x-1/2 text-base leading-6"
                style={{
                  left: `${Math.min(100, r.expectedProgress)}%`,
                  color: CHART_COLORS.expected,
                }}
              >
                ◆
              </span>
            ) : null}
          </div>
          <p className="mt-1 text-xs text-slate-700">
            {formatPercent(r.progress)} reported · {formatPercent(r.evidencedProgress)} evidenced ·{" "}
            {formatPercent(r.expectedProgress)} {expectedLabel} ·{" "}
            {formatPercent(r.expectedAtTargetEnd)} by {formatDay(windowEnd)} ({formatGap(r.gap)})
          </p>
        </li>
      ))}
    </ul>
  );
}
