import { formatPercent, isBehind } from "@/lib/domain/progress";

/** Actual progress as a bar with the expected share marked; the numbers are always printed too. */
export function ProgressBar({
  actual,
  expected,
  label,
}: {
  actual: number | null;
  expected: number | null;
  label: string;
}) {
  const a = actual ?? 0;
  const behind = isBehind(actual, expected);
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2 text-xs text-slate-600">
        <span>
          <span className="font-semibold text-slate-900">{formatPercent(actual)}</span> done
        </span>
        <span>
          expected <span className="font-semibold text-slate-900">{formatPercent(expected)}</span>
          {behind ? (
            <span className="ml-1 text-red-700">
              ({Math.round((expected ?? 0) - a)} pts behind)
            </span>
          ) : null}
        </span>
      </div>
      <div
        className="relative mt-1 h-2.5 w-full rounded-full bg-slate-200"
        role="img"
        aria-label={`${label}: ${formatPercent(actual)} done against ${formatPercent(expected)} expected`}
      >
        <div
          className={`h-full rounded-full ${behind ? "bg-amber-600" : "bg-brand-600"}`}
          style={{ width: `${Math.min(100, a)}%` }}
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
