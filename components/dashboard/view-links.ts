import type { SnapshotFilters } from "@/lib/domain/portfolio-snapshot";
import type { ReplayBasis } from "@/lib/domain/replay";
import type { IsoDay } from "@/lib/domain/types";
import type { MilestoneShow } from "./milestone-filter";

/** The dashboard view a link starts from: its day, how it replays, its filters. */
export type DashboardView = {
  asOf: IsoDay;
  basis: ReplayBasis;
  today: IsoDay;
  filters: SnapshotFilters;
  sinceChosen?: IsoDay;
  show?: MilestoneShow;
  /** "behind": initiatives most behind schedule first; otherwise portfolio order. */
  order?: InitiativeOrder;
  /** The page of initiatives shown (from 1), when there are more than fit one page. */
  page?: number;
  /** The one chart whose data table is shown (tables are sent only when asked for). */
  table?: ChartTable;
};

export const CHART_TABLES = ["initiatives", "timeline", "forecast"] as const;
export type ChartTable = (typeof CHART_TABLES)[number];

export const INITIATIVE_ORDERS = ["behind"] as const;
export type InitiativeOrder = (typeof INITIATIVE_ORDERS)[number];

type AsOfView = Pick<DashboardView, "asOf" | "basis" | "today">;

/** `?…` or nothing: a query string without empty values. */
function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * An initiative's page as the dashboard shows it: the same day and replay, so the figures match.
 * Today's live view needs no parameter; "as known on" today does (it hides later recordings).
 */
export function initiativeHref(
  slug: string,
  view: AsOfView,
  section?: "milestones" | "updates",
): string {
  const past = view.asOf !== view.today || view.basis === "recorded";
  const search = query({
    asOf: past ? view.asOf : undefined,
    basis: view.basis === "recorded" ? "recorded" : undefined,
  });
  return `/initiatives/${encodeURIComponent(slug)}${search}${section ? `#${section}` : ""}`;
}

/**
 * The dashboard with some of its settings changed (undefined removes one), keeping the rest:
 * the URL names only what differs from the default view.
 */
export function dashboardHref(
  view: DashboardView,
  changes: Partial<Omit<DashboardView, "today">> = {},
  hash?: string,
): string {
  const next = { ...view, ...changes };
  const f = { ...next.filters };
  const search = query({
    asOf: next.asOf !== view.today ? next.asOf : undefined,
    basis: next.basis === "recorded" ? "recorded" : undefined,
    kind: f.kind,
    health: f.health,
    side: f.side,
    workstream: f.workstream,
    since: next.sinceChosen,
    show: next.show,
    order: next.order,
    page: next.page && next.page > 1 ? String(next.page) : undefined,
    table: next.table,
  });
  return `/dashboard${search}${hash ? `#${hash}` : ""}`;
}
