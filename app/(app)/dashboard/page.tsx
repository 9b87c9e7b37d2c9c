import type { Metadata } from "next";
import { AsOfForm } from "@/components/dashboard/as-of-form";
import { BurnUpSection } from "@/components/dashboard/burn-up-section";
import { ForecastSection } from "@/components/dashboard/forecast-section";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { ProgressSection } from "@/components/dashboard/progress-section";
import { SharedMilestonesNote } from "@/components/dashboard/shared-milestones-note";
import { TimelineSection } from "@/components/dashboard/timeline-section";
import { WhatChanged } from "@/components/dashboard/what-changed";
import { Forbidden } from "@/components/forbidden";
import { Alert } from "@/components/ui/alert";
import { getPrisma } from "@/lib/db/client";
import { formatDay } from "@/lib/domain/dates";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import { expectedOnLabel } from "@/lib/domain/progress";
import { describeWindow, portfolioWindow } from "@/lib/domain/target-window";
import { getPortfolioSnapshot, listWorkstreamNames } from "@/lib/server/dashboard";
import { listChangeEvents } from "@/lib/server/history";
import { getToday } from "@/lib/server/today";
import { getPageActor } from "@/lib/http/page-auth";
import { parseDashboardQuery, type DashboardQuery, type SearchParams } from "./dashboard-query";

export const metadata: Metadata = { title: "Dashboard" };

const CHANGE_LIMIT = 300;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { allowed } = await getPageActor("portfolio:read");
  if (!allowed) return <Forbidden what="read the portfolio" />;
  const prisma = getPrisma();
  const today = getToday();
  const workstreams = await listWorkstreamNames(prisma);
  const query = parseDashboardQuery(await searchParams, today, workstreams);
  const { asOf, basis, filters, since } = query;
  const [snapshot, events] = await Promise.all([
    getPortfolioSnapshot(prisma, { asOf, basis, filters }),
    listChangeEvents(prisma, { from: since, to: asOf, limit: CHANGE_LIMIT }),
  ]);
  // Side and workstream filters pick milestones, so the changes list follows the milestones in view.
  const inView = new Set(snapshot.initiatives.flatMap((i) => i.timeline.map((m) => m.id)));
  const changes =
    filters.side || filters.workstream
      ? events.filter((e) => !e.milestone || inView.has(e.milestone.id))
      : events;
  const target = portfolioWindow(snapshot.initiatives.map((i) => i.target));
  const asOfLabel = `${basis === "recorded" ? "known on" : "as of"} ${formatDay(asOf)}`;
  const expectedLabel = expectedOnLabel(asOf, today);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700" data-testid="as-of-statement">
          <strong className="font-semibold text-slate-900">
            {basis === "recorded" ? `As known on ${formatDay(asOf)}` : `As of ${formatDay(asOf)}`}
          </strong>
          {basis === "recorded"
            ? " — only what the tracker had recorded by the end of that day"
            : " — by the date each change took effect"}
          {asOf !== today ? ` (today is ${formatDay(today)})` : null}. Measured against{" "}
          {describeWindow(target)}, {formatDay(target.start)} – {formatDay(target.end)}
          {target.kind === "external_expectation"
            ? ": an expectation from outside, not a commitment by either government, so falling behind it sets no initiative off track."
            : "."}
          {filterSummary(query)}
        </p>
      </div>
      {query.errors.length > 0 ? (
        <Alert className="border border-red-200">
          <p className="font-medium">
            Some of the link’s settings were not valid and were replaced by their defaults:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {query.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <AsOfForm
        today={today}
        asOf={asOf}
        basis={basis}
        since={since}
        sinceChosen={query.sinceChosen}
        filters={filters}
        workstreams={workstreams}
      />
      <HeadlineFigures snapshot={snapshot} target={target} expectedLabel={expectedLabel} />
      <SharedMilestonesNote snapshot={snapshot} />
      <ProgressSection snapshot={snapshot} target={target} expectedLabel={expectedLabel} />
      <BurnUpSection snapshot={snapshot} target={target} asOfLabel={asOfLabel} />
      <TimelineSection snapshot={snapshot} target={target} asOfLabel={asOfLabel} />
      <ForecastSection snapshot={snapshot} target={target} asOfLabel={asOfLabel} />
      <WhatChanged
        events={changes}
        initiatives={snapshot.initiatives}
        since={since}
        asOf={asOf}
        truncatedAt={events.length >= CHANGE_LIMIT ? CHANGE_LIMIT : undefined}
      />
    </div>
  );
}

function filterSummary({ filters: f }: DashboardQuery): string {
  const parts = [
    f.kind && `kind: ${KIND_LABELS[f.kind]}`,
    f.health && `health: ${HEALTH_LABELS[f.health]}`,
    f.side && `side: ${SIDE_LABELS[f.side]}`,
    f.workstream && `workstream: ${f.workstream}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` Filtered to ${parts.join(", ")}.` : "";
}
