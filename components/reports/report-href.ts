import type { ReplayBasis } from "@/lib/domain/replay";
import type { IsoDay } from "@/lib/domain/types";
import type { ReportFileFormat, ReportFiltersView } from "@/lib/views/report";

/** What a report is built for: the as-of view and filters the page shows, and its initiative. */
export type ReportScope = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: ReportFiltersView;
  /** One initiative alone; without it, the whole (filtered) portfolio. */
  initiativeSlug?: string;
};

const FILTER_KEYS = ["kind", "health", "side", "workstream"] as const;

/** `/api/reports/status.<format>?asOf=…` for a draft report of `scope`. */
export function draftReportHref(scope: ReportScope, format: ReportFileFormat): string {
  const query = new URLSearchParams({ asOf: scope.asOf });
  if (scope.basis !== "effective") query.set("basis", scope.basis);
  for (const key of FILTER_KEYS) {
    const value = scope.filters[key];
    if (value) query.set(key, value);
  }
  if (scope.initiativeSlug) query.set("initiative", scope.initiativeSlug);
  return `/api/reports/status.${format}?${query}`;
}

/** The body of `POST /api/reports` that publishes `scope`. */
export function publishBody(scope: ReportScope) {
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (scope.filters[key] ? [[key, scope.filters[key]]] : [])),
  );
  return {
    asOf: scope.asOf,
    basis: scope.basis,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(scope.initiativeSlug ? { initiative: scope.initiativeSlug } : {}),
  };
}
