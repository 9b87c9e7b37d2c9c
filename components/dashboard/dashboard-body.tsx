import { ReportActions } from "@/components/reports/report-actions";
import { Alert } from "@/components/ui/alert";
import { formatDay } from "@/lib/domain/dates";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import { sumCounts } from "@/lib/domain/milestone-counts";
import { INITIATIVES_PER_PAGE, mostBehindFirst, pageOf } from "@/lib/domain/paging";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { expectedOnLabel } from "@/lib/domain/progress";
import { portfolioWindow } from "@/lib/domain/target-window";
import type { IsoDay } from "@/lib/domain/types";
import type { ChangeSummary } from "@/lib/views/change-summary";
import { AsOfForm } from "./as-of-form";
import { BurnUpSection } from "./burn-up-section";
import { FiltersDisclosure } from "./filters-disclosure";
import { ForecastSection } from "./forecast-section";
import { HeadlineFigures } from "./headline-figures";
import { Pager } from "./pager";
import { ProgressSection } from "./progress-section";
import { QuickAsOf, type LastReport } from "./quick-as-of";
import { SharedMilestonesNote } from "./shared-milestones-note";
import { TimelineSection } from "./timeline-section";
import type { DashboardView } from "./view-links";
import { WhatChanged } from "./what-changed";

type Props = {
  snapshot: PortfolioSnapshot;
  view: DashboardView;
  /** The first day of "what changed" (chosen, or the default period before the as-of day). */
  since: IsoDay;
  changes: ChangeSummary;
  workstreams: string[];
  /** The URL's rejected settings, one sentence each. */
  errors: string[];
  /** Offered as a quick as-of choice once a report has been published. */
  lastReport?: LastReport | null;
  /** Whether the reader may publish the view as a report (analysts, admins). */
  canPublish: boolean;
};

/**
 * The dashboard, answer first: the verdict and headline figures, the settings folded behind one
 * button, then the initiatives, and the charts behind them. Every name, figure and count links.
 */
export function DashboardBody({
  snapshot,
  view,
  since,
  changes,
  workstreams,
  errors,
  lastReport,
  canPublish,
}: Props) {
  const { asOf, basis, today } = view;
  const target = portfolioWindow(snapshot.initiatives.map((i) => i.target));
  const asOfLabel = `${basis === "recorded" ? "known on" : "as of"} ${formatDay(asOf)}`;
  const expectedLabel = expectedOnLabel(asOf, today);
  const filtered = filterSummary(view);
  // The lists show one page of initiatives; the headline, verdict and burn-up cover them all.
  const ordered =
    view.order === "behind" ? mostBehindFirst(snapshot.initiatives) : snapshot.initiatives;
  const page = pageOf(ordered, view.page, INITIATIVES_PER_PAGE);
  // Milestone counts follow the page too, so a section's caption adds up to what it draws.
  const listed = {
    ...snapshot,
    initiatives: page.items,
    counts: page.pageCount > 1 ? sumCounts(page.items.map((i) => i.counts)) : snapshot.counts,
  };
  const pager = (hash: "initiatives" | "timeline" | "forecast") => (
    <Pager page={page} view={view} hash={hash} />
  );
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
      {errors.length > 0 ? (
        <Alert className="border border-red-200">
          <p className="font-medium">
            Some of the link’s settings were not valid and were replaced by their defaults:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <HeadlineFigures
        snapshot={snapshot}
        target={target}
        expectedLabel={expectedLabel}
        view={view}
      />
      <FiltersDisclosure
        initiallyOpen={filtered !== "" || errors.length > 0}
        summary={filtered}
        beside={
          <>
            <QuickAsOf view={view} target={target} lastReport={lastReport} />
            <div className="sm:ml-auto">
              <ReportActions
                asOf={asOf}
                basis={basis}
                filters={view.filters}
                scopeLabel="the portfolio"
                canPublish={canPublish}
              />
            </div>
          </>
        }
      >
        <AsOfForm
          today={today}
          asOf={asOf}
          basis={basis}
          since={since}
          sinceChosen={view.sinceChosen}
          filters={view.filters}
          workstreams={workstreams}
        />
      </FiltersDisclosure>
      <ProgressSection
        snapshot={listed}
        pager={pager("initiatives")}
        target={target}
        expectedLabel={expectedLabel}
        view={view}
      />
      <SharedMilestonesNote snapshot={snapshot} view={view} />
      <BurnUpSection snapshot={listed} target={target} asOfLabel={asOfLabel} />
      <TimelineSection
        snapshot={listed}
        pager={pager("timeline")}
        target={target}
        asOfLabel={asOfLabel}
        view={view}
      />
      <ForecastSection
        snapshot={listed}
        pager={pager("forecast")}
        target={target}
        asOfLabel={asOfLabel}
        view={view}
      />
      <WhatChanged
        changes={changes}
        initiatives={snapshot.initiatives}
        since={since}
        asOf={asOf}
        view={view}
      />
    </div>
  );
}

/** What the settings narrow the view to, in words; empty when nothing is set. */
export function filterSummary({ filters: f, basis, sinceChosen }: DashboardView): string {
  const parts = [
    f.kind && `kind: ${KIND_LABELS[f.kind]}`,
    f.health && `health: ${HEALTH_LABELS[f.health]}`,
    f.side && `side: ${SIDE_LABELS[f.side]}`,
    f.workstream && `workstream: ${f.workstream}`,
    basis === "recorded" && "as known on the date",
    sinceChosen && `changes since ${formatDay(sinceChosen)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `Showing ${parts.join(", ")}.` : "";
}
