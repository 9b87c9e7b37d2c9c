import type { ReactNode } from "react";
import { PROGRESS_COLORS } from "@/components/ui/progress-colors";

/** A chart's key: every mark it draws, named in words. */
export function Legend({ children, label = "Legend" }: { children: ReactNode; label?: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={label}>
      {children}
    </ul>
  );
}

/** The target-window band as the date axes draw it. */
export function WindowSwatch() {
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-block h-3 w-5 border-x border-dashed align-middle"
      style={{ background: PROGRESS_COLORS.windowBand, borderColor: PROGRESS_COLORS.windowEdge }}
    />
  );
}

/** The as-of line as the date axes draw it. */
export function AsOfSwatch() {
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-block h-3 w-0.5 align-middle"
      style={{ background: PROGRESS_COLORS.asOf }}
    />
  );
}
