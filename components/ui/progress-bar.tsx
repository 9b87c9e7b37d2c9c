import { formatPercent } from "@/lib/domain/progress";
import { describeGap, scheduleGap } from "@/lib/domain/verdict";
import { ASSUMED_FILL, PROGRESS_COLORS } from "./progress-colors";

const BAR = "absolute top-[3px] bottom-[3px] rounded-full";
const clamp = (value: number | null) => Math.min(100, Math.max(0, value ?? 0));

/**
 * Reported progress as a bar whose evidenced part is solid and the rest (the tracker's assumption)
 * hatched, with the expected share marked; the numbers are always printed too, and the gap in the
 * one definition every page uses (lib/domain/verdict).
 */
export function ProgressBar({
  actual,
  evidenced,
  expected,
  label,
}: {
  actual: number | null;
  evidenced: number | null;
  expected: number | null;
  label: string;
}) {
  const a = clamp(actual);
  const gap = scheduleGap(actual, expected);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-slate-600">
        <span>
          <span className="font-semibold text-slate-900">{formatPercent(actual)}</span> reported ·{" "}
          <span className="font-semibold" style={{ color: PROGRESS_COLORS.evidenced }}>
            {formatPercent(evidenced)}
          </span>{" "}
          evidenced
        </span>
        <span>
          expected <span className="font-semibold text-slate-900">{formatPercent(expected)}</span>
          {gap !== null && Math.round(gap) !== 0 ? (
            <span className="ml-1 font-medium text-slate-900">({describeGap(gap)})</span>
          ) : null}
        </span>
      </div>
      <div
        className="mt-1 overflow-hidden px-1.5"
        role="img"
        aria-label={`${label}: ${formatPercent(actual)} done against ${formatPercent(expected)} expected, as reported; ${formatPercent(evidenced)} evidenced`}
      >
        <div className="relative h-4">
          <div className={`${BAR} inset-x-0 bg-slate-200`} />
          <div className={`${BAR} left-0`} style={{ width: `${a}%`, background: ASSUMED_FILL }} />
          <div
            className={`${BAR} left-0`}
            style={{
              width: `${Math.min(a, clamp(evidenced))}%`,
              background: PROGRESS_COLORS.evidenced,
            }}
          />
          {expected !== null ? (
            // The same ◆ as the dashboard's bars: what is due by the day shown.
            <div
              className="absolute top-1/2 size-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border border-white"
              style={{ left: `${clamp(expected)}%`, background: PROGRESS_COLORS.expected }}
              aria-hidden="true"
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
