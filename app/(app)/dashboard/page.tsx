import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cleanQuery, firstValues, hasEmptyParam } from "@/components/dashboard/clean-query";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { Forbidden } from "@/components/forbidden";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { getPortfolioSnapshot, listWorkstreamNames } from "@/lib/server/dashboard";
import { listChangeEvents } from "@/lib/server/history";
import { latestPortfolioReportView } from "@/lib/server/portfolio";
import { getToday } from "@/lib/server/today";
import { getPageActor } from "@/lib/http/page-auth";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";

export const metadata: Metadata = { title: "Dashboard" };

const CHANGE_LIMIT = 300;

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
  const [snapshot, events, lastReport] = await Promise.all([
    getPortfolioSnapshot(prisma, { asOf, basis, filters }),
    listChangeEvents(prisma, { from: since, to: asOf, limit: CHANGE_LIMIT }),
    latestPortfolioReportView(prisma),
  ]);
  // Side and workstream filters pick milestones, so the changes list follows the milestones in view.
  const inView = new Set(snapshot.initiatives.flatMap((i) => i.timeline.map((m) => m.id)));
  const changes =
    filters.side || filters.workstream
      ? events.filter((e) => !e.milestone || inView.has(e.milestone.id))
      : events;
  return (
    <DashboardBody
      snapshot={snapshot}
      view={{ asOf, basis, today, filters, sinceChosen: query.sinceChosen, show: query.show }}
      since={since}
      changes={changes}
      truncatedAt={events.length >= CHANGE_LIMIT ? CHANGE_LIMIT : undefined}
      workstreams={workstreams}
      errors={query.errors}
      lastReport={lastReport}
      canPublish={can(actor.role, "report:publish")}
    />
  );
}
