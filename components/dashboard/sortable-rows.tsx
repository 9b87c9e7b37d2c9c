"use client";
import { useState, type ReactNode } from "react";

export type SortableRow = { id: string; gap: number | null; node: ReactNode };

type Props = {
  rows: SortableRow[];
  label: string;
  /** The rows' scale, drawn beside the order buttons over the rows' bar column. */
  scale?: ReactNode;
  /** The grid the rows use, so the scale lines up with their bars. */
  gridClass: string;
};

/** The initiative rows in portfolio order, or most behind schedule first, without a round trip. */
export function SortableRows({ rows, label, scale, gridClass }: Props) {
  const [byGap, setByGap] = useState(false);
  const shown = byGap
    ? [...rows].sort(
        (a, b) => (a.gap ?? Number.POSITIVE_INFINITY) - (b.gap ?? Number.POSITIVE_INFINITY),
      )
    : rows;
  return (
    <div className="space-y-2">
      <div className={`items-end ${gridClass}`}>
        <div
          role="group"
          aria-label="Order of the initiatives"
          className="inline-flex justify-self-start rounded-md ring-1 ring-inset ring-slate-300"
        >
          <OrderButton pressed={byGap} onClick={() => setByGap(true)}>
            Most behind first
          </OrderButton>
          <OrderButton pressed={!byGap} onClick={() => setByGap(false)}>
            Portfolio order
          </OrderButton>
        </div>
        <div className="hidden md:block">{scale}</div>
      </div>
      <ol aria-label={label} className="divide-y divide-slate-200 border-y border-slate-200">
        {shown.map((row) => (
          <li key={row.id} className="py-3" data-testid="initiative-card">
            {row.node}
          </li>
        ))}
      </ol>
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
      className={`min-h-8 px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md ${pressed ? "bg-brand-700 font-semibold text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
    >
      {children}
    </button>
  );
}
