import Link from "next/link";
import type { Page } from "@/lib/domain/paging";
import { dashboardHref, type DashboardView } from "./view-links";

const LABELS = {
  initiatives: "Pages of the initiative list",
  timeline: "Pages of the timeline",
  forecast: "Pages of the forecast",
} as const;

/** "Initiatives 26–50 of 1,000", with links to the pages around; nothing when one page holds all. */
export function Pager({
  page,
  view,
  hash,
}: {
  page: Page<unknown>;
  view: DashboardView;
  /** The section the links return to. */
  hash: keyof typeof LABELS;
}) {
  if (page.pageCount <= 1) return null;
  const link = (n: number) => dashboardHref(view, { page: n > 1 ? n : undefined }, hash);
  const number = (n: number) => n.toLocaleString("en-GB");
  return (
    <nav
      aria-label={LABELS[hash]}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700"
    >
      <span>
        Initiatives {number(page.from)}–{number(page.to)} of {number(page.total)}
      </span>
      {page.page > 1 ? (
        <Link
          href={link(page.page - 1)}
          className="inline-flex min-h-6 items-center text-brand-700 underline"
        >
          Previous {`(page ${page.page - 1})`}
        </Link>
      ) : null}
      {page.page < page.pageCount ? (
        <Link
          href={link(page.page + 1)}
          className="inline-flex min-h-6 items-center text-brand-700 underline"
        >
          Next {`(page ${page.page + 1} of ${page.pageCount})`}
        </Link>
      ) : null}
    </nav>
  );
}
