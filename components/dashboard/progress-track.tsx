import { ASSUMED_FILL, PROGRESS_COLORS } from "@/components/ui/progress-colors";

type Props = {
  progress: number | null;
  evidenced: number | null;
  expected: number | null;
  expectedAtWindowEnd: number | null;
  /** The figures in words, for screen readers. */
  label: string;
};

/** Where a share sits on the 0–100 axis, clamped so no mark is drawn outside it. */
const pct = (value: number | null) => Math.min(100, Math.max(0, value ?? 0));

export const TRACK_GRID = [25, 50, 75];

/**
 * One initiative on a 0–100% axis: evidenced progress solid, the rest of what is reported hatched,
 * ◆ at the share due by the as-of date and a bar at the share due by the window's end. Everything
 * stays inside the axis (the padding leaves room for half a mark at either end).
 */
export function ProgressTrack({
  progress,
  evidenced,
  expected,
  expectedAtWindowEnd,
  label,
}: Props) {
  const reported = pct(progress);
  return (
    <div className="overflow-hidden px-2" role="img" aria-label={label}>
      <div className="relative h-6">
        <div className="absolute inset-x-0 top-1.5 bottom-1.5 rounded-sm bg-slate-100" />
        {TRACK_GRID.map((at) => (
          <div
            key={at}
            className="absolute inset-y-1 w-px bg-slate-300"
            style={{ left: `${at}%` }}
          />
        ))}
        <div
          className="absolute top-1.5 bottom-1.5 left-0 rounded-sm"
          style={{ width: `${reported}%`, background: ASSUMED_FILL }}
        />
        <div
          className="absolute top-1.5 bottom-1.5 left-0 rounded-sm"
          style={{
            width: `${Math.min(reported, pct(evidenced))}%`,
            background: PROGRESS_COLORS.evidenced,
          }}
        />
        {expectedAtWindowEnd !== null ? (
          <div
            className="absolute inset-y-0 w-0.5 -translate-x-1/2"
            style={{ left: `${pct(expectedAtWindowEnd)}%`, background: PROGRESS_COLORS.windowEdge }}
          />
        ) : null}
        {expected !== null ? (
          <div
            className="absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rotate-45 border border-white"
            style={{ left: `${pct(expected)}%`, background: PROGRESS_COLORS.expected }}
          />
        ) : null}
      </div>
    </div>
  );
}

/** The 0–100% labels above a column of tracks, aligned with them. */
export function TrackScale() {
  return (
    <div className="px-2" aria-hidden="true">
      <div className="relative h-4 text-xs text-slate-700">
        {[0, ...TRACK_GRID, 100].map((at) => (
          <span
            key={at}
            className={`absolute top-0 ${at === 0 ? "" : at === 100 ? "-translate-x-full" : "-translate-x-1/2"}`}
            style={{ left: `${at}%` }}
          >
            {at}%
          </span>
        ))}
      </div>
    </div>
  );
}
