import { z, type ZodError } from "zod";
import { DEFAULT_SINCE_DAYS } from "@/lib/constants";
import type { SnapshotFilters } from "@/lib/domain/portfolio-snapshot";
import type { ReplayBasis } from "@/lib/domain/replay";
import { addDaysIso } from "@/lib/domain/dates";
import type { IsoDay } from "@/lib/domain/types";
import { zPortfolioQuery } from "@/lib/validation/dashboard";
import {
  MILESTONE_SHOWS,
  SHOW_LABELS,
  type MilestoneShow,
} from "@/components/dashboard/milestone-filter";
import {
  CHART_TABLES,
  INITIATIVE_ORDERS,
  type ChartTable,
  type InitiativeOrder,
} from "@/components/dashboard/view-links";

export type SearchParams = Record<string, string | string[] | undefined>;

export type DashboardQuery = {
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: SnapshotFilters;
  since: IsoDay;
  /** The "since" day the URL chose, if any; without one the period follows the as-of date. */
  sinceChosen?: IsoDay;
  /** A milestone list a headline count links to ("?show=overdue"): the timeline shows only it. */
  show?: MilestoneShow;
  order?: InitiativeOrder;
  page?: number;
  table?: ChartTable;
  /** One message per rejected parameter; the rejected ones fall back to their defaults. */
  errors: string[];
};

const PARAM_LABELS: Record<string, string> = {
  asOf: "As-of date",
  basis: "View",
  kind: "Kind",
  health: "Health",
  side: "Side",
  workstream: "Workstream",
  since: "Changes since",
};

/**
 * Validates the dashboard's URL. A bad parameter must not blank the page: it is reported and
 * dropped, and the rest of the view still applies.
 */
export function parseDashboardQuery(
  params: SearchParams,
  today: IsoDay,
  workstreams: string[],
): DashboardQuery {
  const {
    show: rawShow,
    order: rawOrder,
    page: rawPage,
    table: rawTable,
    ...raw
  } = Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[key, first]] : [];
    }),
  ) as Record<string, string>;
  const schema = zPortfolioQuery(today);
  const errors: string[] = [];
  const show = readShow(rawShow, errors);
  const order = readOrder(rawOrder, errors);
  const page = readPage(rawPage, errors);
  const table = readTable(rawTable, errors);
  let parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const rejected = rejectedKeys(parsed.error);
    // One message per parameter: a malformed date also fails the range check, which would only repeat it.
    const firstPerKey = new Map(
      parsed.error.issues
        .map((issue) => [issue.path[0] ?? issue.message, issue] as const)
        .reverse(),
    );
    errors.push(...[...firstPerKey.values()].map(describeIssue));
    parsed = schema.safeParse(
      Object.fromEntries(Object.entries(raw).filter(([key]) => !rejected.has(key))),
    );
  }
  const query = parsed.success ? parsed.data : schema.parse({});

  let workstream = query.workstream;
  if (workstream && !workstreams.includes(workstream)) {
    errors.push(`There is no workstream called "${workstream}"; showing all workstreams.`);
    workstream = undefined;
  }
  const asOf = query.asOf ?? today;
  let since = query.since ?? addDaysIso(asOf, -DEFAULT_SINCE_DAYS);
  let sinceChosen = query.since;
  if (since > asOf) {
    sinceChosen = undefined;
    errors.push(
      `"Changes since" must be on or before the as-of date (${asOf}); showing the ${DEFAULT_SINCE_DAYS} days before it.`,
    );
    since = addDaysIso(asOf, -DEFAULT_SINCE_DAYS);
  }
  return {
    asOf,
    basis: query.basis,
    filters: { kind: query.kind, health: query.health, side: query.side, workstream },
    since,
    sinceChosen,
    show,
    order,
    page,
    table,
    errors,
  };
}

function readTable(value: string | undefined, errors: string[]): ChartTable | undefined {
  if (value === undefined) return undefined;
  if ((CHART_TABLES as readonly string[]).includes(value)) return value as ChartTable;
  errors.push(`Table: "${value}" is not one of ${CHART_TABLES.join(", ")}; showing no table.`);
  return undefined;
}

function readOrder(value: string | undefined, errors: string[]): InitiativeOrder | undefined {
  if (value === undefined) return undefined;
  if ((INITIATIVE_ORDERS as readonly string[]).includes(value)) return value as InitiativeOrder;
  errors.push(`Order: "${value}" is not "behind" (most behind first); showing portfolio order.`);
  return undefined;
}

const ZPage = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

function readPage(value: string | undefined, errors: string[]): number | undefined {
  if (value === undefined) return undefined;
  const parsed = ZPage.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push(`Page: "${value}" is not a whole number from 1; showing the first page.`);
  return undefined;
}

function readShow(value: string | undefined, errors: string[]): MilestoneShow | undefined {
  if (value === undefined) return undefined;
  if ((MILESTONE_SHOWS as readonly string[]).includes(value)) return value as MilestoneShow;
  const choices = MILESTONE_SHOWS.map((s) => `"${s}" (${SHOW_LABELS[s]})`).join(", ");
  errors.push(`Milestones shown: "${value}" is not one of ${choices}; showing all milestones.`);
  return undefined;
}

function describeIssue(issue: ZodError["issues"][number]): string {
  const key = issue.path.length > 0 ? String(issue.path[0]) : null;
  if (!key) return `${issue.message.replace(/\.?$/, ".")} Unknown parameters are ignored.`;
  if (key === "basis") return "View: must be “as of” or “as known on”; showing “as of”.";
  return `${PARAM_LABELS[key] ?? key}: ${issue.message}`;
}

function rejectedKeys(error: ZodError): Set<string> {
  const keys = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") issue.keys.forEach((k) => keys.add(k));
    else if (issue.path.length > 0) keys.add(String(issue.path[0]));
  }
  return keys;
}
