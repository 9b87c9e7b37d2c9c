import { formatPercent, isBehind } from "@/lib/domain/progress";
import { ASSUMED_FILL, PROGRESS_COLORS } from "./progress-colors";

/**
 * Reported progress as a bar whose evidenced part is solid and the rest (the tracker's assumption)
 * hatched, with the expected share marked; the numbers are always printed too.
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
  const a = Math.min(100, actual ?? 0);
  const behind = isBehind(actual, expected);
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
          {behind ? (
            <span className="ml-1 text-red-700">
              ({Math.round((expected ?? 0) - (actual ?? 0))} pts behind)
            </span>
          ) : null}
        </span>
      </div>
      <div
        className="relative mt-1 h-2.5 w-full rounded-full bg-slate-200"
        role="img"
        aria-label={`${label}: ${formatPercent(actual)} done against ${formatPercent(expected)} expected, as reported; ${formatPercent(evidenced)} evidenced`}
      >
        <div
          className="absolute inset-y-0 left-0 rounded-full"
          style={{ width: `${a}%`, background: ASSUMED_FILL }}
        />
        <div
          className="absolute inset-y-0 left-0 rounded-full"
          style={{
            width: `${Math.min(a, evidenced ?? 0)}%`,
            background: PROGRESS_COLORS.evidenced,
          }}
        />
        {expected !== null ? (
          <div
            className="absolute -top-1 h-4.5 w-0.5 bg-slate-900"
            style={{ left: `calc(${Math.min(100, expected)}% - 1px)` }}
            aria-hidden="true"
          />
        ) : null}
      </div>
    </div>
  );
}
