import Link from "next/link";
import type { ReactNode } from "react";
import { dashboardHref, type DashboardView } from "./view-links";

type Props = {
  rows: { id: string; node: ReactNode }[];
  label: string;
  view: DashboardView;
  /** The rows' scale, drawn beside the order links over the rows' bar column. */
  scale?: ReactNode;
  /** The grid the rows use, so the scale lines up with their bars. */
  gridClass: string;
};

/**
 * The initiative rows, in the order the URL names: links rather than a client-side sort, so the
 * order holds across pages of a large portfolio and the list needs no JavaScript.
 */
export function InitiativeList({ rows, label, view, scale, gridClass }: Props) {
  const byGap = view.order === "behind";
  return (
    <div className="space-y-2">
      <div className={`items-end ${gridClass}`}>
        <nav
          aria-label="Order of the initiatives"
          className="inline-flex justify-self-start rounded-md ring-1 ring-inset ring-slate-300"
        >
          <OrderLink
            current={byGap}
            href={dashboardHref(view, { order: "behind", page: undefined }, "initiatives")}
          >
            Most behind first
          </OrderLink>
          <OrderLink
            current={!byGap}
            href={dashboardHref(view, { order: undefined, page: undefined }, "initiatives")}
          >
            Portfolio order
          </OrderLink>
        </nav>
        <div className="hidden md:block">{scale}</div>
      </div>
      <ol aria-label={label} className="divide-y divide-slate-200 border-y border-slate-200">
        {rows.map((row) => (
          <li key={row.id} className="py-3" data-testid="initiative-card">
            {row.node}
          </li>
        ))}
      </ol>
    </div>
  );
}

function OrderLink({
  current,
  href,
  children,
}: {
  current: boolean;
  href: string;
  children: string;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={current ? "true" : undefined}
      className={`inline-flex min-h-8 items-center px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md ${current ? "bg-brand-700 font-semibold text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
    >
      {children}
    </Link>
  );
}
