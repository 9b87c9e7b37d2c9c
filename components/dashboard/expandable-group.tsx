"use client";
import { useId, useState, type ReactNode } from "react";

type Props = {
  heading: ReactNode;
  /** How many items the group holds, and how many fold away. */
  total: number;
  folded: number;
  /** Names the group for the toggle's accessible name. */
  name: string;
  /** Shown beside the heading, e.g. a link to what the group leaves out. */
  more?: ReactNode;
  children: ReactNode;
};

/**
 * A timeline group folded to its late and open milestones, with a "show all N" toggle. Items mark
 * themselves foldable with FOLDED_HIDDEN; the group only says whether it is expanded.
 */
export function ExpandableGroup({ heading, total, folded, name, more, children }: Props) {
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  const label = expanded ? "Show late and open only" : `Show all ${total} milestones`;
  return (
    <div data-expanded={expanded} className="group/fold relative border-t border-slate-300">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 bg-slate-100 px-2 py-1.5">
        {heading}
        {more}
        {folded > 0 ? (
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={bodyId}
            aria-label={`${label} of ${name}`}
            onClick={() => setExpanded((value) => !value)}
            className="min-h-6 rounded px-1.5 text-xs font-medium text-brand-700 underline underline-offset-2 hover:bg-white"
          >
            {label}
          </button>
        ) : null}
      </div>
      <div id={bodyId}>{children}</div>
    </div>
  );
}
