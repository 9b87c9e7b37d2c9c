"use client";
import { useId, useState, type ReactNode } from "react";

type Props = {
  /** Open from the start when the view has filters set, so what is applied can be seen. */
  initiallyOpen: boolean;
  /** What is applied, in words, beside the button. */
  summary?: string;
  /** Shown on the button's line: the quick as-of links. */
  beside?: ReactNode;
  children: ReactNode;
};

/** The dashboard's settings folded behind one "Filters" button, so the answer comes first. */
export function FiltersDisclosure({ initiallyOpen, summary, beside, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  return (
    <div className="space-y-2" data-testid="view-controls">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-md bg-white px-3 text-sm font-medium text-slate-900 ring-1 ring-inset ring-slate-400 hover:bg-slate-100"
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          Filters
        </button>
        {summary ? <span className="text-sm text-slate-700">{summary}</span> : null}
        {beside}
      </div>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
