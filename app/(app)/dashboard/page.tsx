import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cleanQuery, firstValues, hasEmptyParam } from "@/components/dashboard/clean-query";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { Forbidden } from "@/components/forbidden";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { getPortfolioSnapshot, listWorkstreamNames } from "@/lib/server/dashboard";
import { summariseChanges } from "@/lib/server/change-summary";
import { latestPortfolioReportView } from "@/lib/server/portfolio";
import { getToday } from "@/lib/server/today";
import { getPageActor } from "@/lib/http/page-auth";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";

export const metadata: Metadata = { title: "Dashboard" };

/** The newest changes read in full for "What changed"; the rest are counted. */
const LATEST_CHANGES = 60;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { allowed, actor } = await getPageActor("portfolio:read");
  if (!allowed) return <Forbidden what="read the portfolio" />;
  const params = await searchParams;
  const today = getToday();
  // A filter form submitted without JavaScript sends its empty fields too: the URL drops them.
  if (hasEmptyParam(params)) {
    const search = cleanQuery(firstValues(params), { asOf: today, basis: "effective" });
    redirect(search ? `/dashboard?${search}` : "/dashboard");
  }
  const prisma = getPrisma();
  const workstreams = await listWorkstreamNames(prisma);
  const query = parseDashboardQuery(params, today, workstreams);
  const { asOf, basis, filters, since } = query;
  const [snapshot, lastReport] = await Promise.all([
    getPortfolioSnapshot(prisma, { asOf, basis, filters }),
    latestPortfolioReportView(prisma),
  ]);
  // Side and workstream filters pick milestones, so the changes follow the milestones in view.
  const milestoneIds =
    filters.side || filters.workstream
      ? snapshot.initiatives.flatMap((i) => i.timeline.map((m) => m.id))
      : undefined;
  const changes = await summariseChanges(prisma, {
    from: since,
    to: asOf,
    milestoneIds,
    latest: LATEST_CHANGES,
  });
  return (
    <DashboardBody
      snapshot={snapshot}
      view={{
        asOf,
        basis,
        today,
        filters,
        sinceChosen: query.sinceChosen,
        show: query.show,
        order: query.order,
        page: query.page,
        table: query.table,
      }}
      since={since}
      changes={changes}
      workstreams={workstreams}
      errors={query.errors}
      lastReport={lastReport}
      canPublish={can(actor.role, "report:publish")}
    />
  );
}
