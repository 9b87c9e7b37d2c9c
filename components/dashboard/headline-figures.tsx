import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { Figure } from "@/components/ui/figure";
import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatDay } from "@/lib/domain/dates";
import { HEALTH_LABELS } from "@/lib/domain/labels";
import { describeAssumedShare } from "@/lib/domain/evidence";
import { DUE_WINDOW_DAYS } from "@/lib/domain/milestone-counts";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatGap, formatPercent } from "@/lib/domain/progress";
import { STALE_AFTER_DAYS } from "@/lib/domain/stale";
import type { TargetWindow } from "@/lib/domain/target-window";
import { HEALTHS } from "@/lib/domain/types";
import { GAP_DEFINITION, overdueSummary, windowStatement } from "@/lib/domain/verdict";
import { GlossaryLink } from "./glossary-link";
import type { MilestoneShow } from "./milestone-filter";
import { describeScheduleCounts } from "./schedule-badge";
import { dashboardHref, type DashboardView } from "./view-links";

type Props = {
  snapshot: PortfolioSnapshot;
  target: TargetWindow;
  expectedLabel: string;
  view: DashboardView;
};

// Targets of at least 24 × 24 px (WCAG 2.5.8), also for a short count such as "48".
const link = "inline-block min-h-6 min-w-6 underline underline-offset-2 hover:text-brand-800";
const blockLink = "block min-h-6 underline underline-offset-2 hover:text-brand-800";

/**
 * The answer first: the verdict in one sentence, the window in plain words, then the figures an
 * executive reads, each a link to the list behind it. The gap's definition is printed beside it.
 */
export function HeadlineFigures({ snapshot: s, target, expectedLabel, view }: Props) {
  const showHref = (show: MilestoneShow) => dashboardHref(view, { show }, "timeline");
  const [overduePart, ...blockedPart] = overdueSummary(s.counts).split(" · ");
  const disagreeing = s.initiatives.filter((i) => i.healthDisagreement).length;
  const past = view.asOf !== view.today || view.basis === "recorded";
  return (
    <section aria-labelledby="headline-title" data-testid="headline-figures" className="space-y-3">
      <h2 id="headline-title" className="sr-only">
        The answer in brief
      </h2>
      <p
        className="max-w-4xl text-lg font-medium leading-snug text-slate-900"
        data-testid="portfolio-verdict"
      >
        {s.verdict}
      </p>
      <p className="max-w-4xl text-sm text-slate-700" data-testid="as-of-statement">
        {windowStatement(s.progress, s.expectedAtTargetEnd, target, s.asOf)}
        {target.kind === "external_expectation"
          ? ". That window is a news summary's expectation, not a commitment by either government: being behind it sets no initiative off track. "
          : ". "}
        <GlossaryLink term="window">About the window</GlossaryLink>
        {past ? (
          <>
            {" "}
            · Today is {formatDay(view.today)}:{" "}
            <Link
              href={dashboardHref(view, {
                asOf: view.today,
                basis: "effective",
                sinceChosen: undefined,
              })}
              className={`${link} text-brand-700`}
            >
              back to today
            </Link>
          </>
        ) : null}
      </p>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Gap to schedule">
          <Link
            href="#initiatives"
            className={`${link} text-2xl font-semibold`}
            data-testid="portfolio-gap"
          >
            {formatGap(s.gap)}
          </Link>
          <span className="block text-sm text-slate-700">
            {formatPercent(s.progress)} done of {formatPercent(s.expectedProgress)} {expectedLabel}
          </span>
        </Figure>
        <Figure label="Progress">
          <Link href="#initiatives" className={`${link} text-2xl font-semibold`}>
            {formatPercent(s.progress)} reported
          </Link>
          <span className="block" data-testid="evidenced-progress">
            <span className="text-xl font-semibold" style={{ color: PROGRESS_COLORS.evidenced }}>
              {formatPercent(s.evidencedProgress)}
            </span>{" "}
            <GlossaryLink term="reported-evidenced" className="text-sm">
              evidenced
            </GlossaryLink>
          </span>
          <span className="block text-xs text-slate-700">{describeAssumedShare(s)}</span>
        </Figure>
        <Figure label="Milestones">
          <span className="text-2xl font-semibold">
            <CountLink href={showHref("done")} count={s.counts.done}>
              {s.counts.done} done
            </CountLink>
          </span>
          <span className="text-sm text-slate-700">
            {" "}
            of{" "}
            <Link href={dashboardHref(view, { show: undefined }, "timeline")} className={link}>
              {s.counts.total}
            </Link>
          </span>
          <span className="block text-sm text-slate-700">
            <CountLink href={showHref("due")} count={s.counts.due}>
              {s.counts.due} due in the next {DUE_WINDOW_DAYS} days
            </CountLink>
          </span>
          <span className="block text-sm text-slate-700">
            <Trouble when={s.counts.overdue > 0}>
              <CountLink href={showHref("overdue")} count={s.counts.overdue}>
                {overduePart}
              </CountLink>
            </Trouble>
            {blockedPart.length > 0 ? (
              <>
                {" · "}
                <Trouble when>
                  <CountLink href={showHref("blocked")} count={s.counts.blocked}>
                    {blockedPart.join(" · ")}
                  </CountLink>
                </Trouble>
              </>
            ) : null}
          </span>
        </Figure>
        <Figure label="Initiatives">
          <Link href="#initiatives" className={`${blockLink} text-sm font-semibold`}>
            {describeScheduleCounts(s.scheduleCounts) || "none in view"}
          </Link>
          <span className="block text-sm text-slate-700">
            <GlossaryLink term="health">Health</GlossaryLink>:{" "}
            {HEALTHS.filter((h) => (s.healthCounts[h] ?? 0) > 0).map((h, n) => (
              <Fragment key={h}>
                {n > 0 ? " · " : null}
                <Link
                  href={dashboardHref(view, { filters: { ...view.filters, health: h } })}
                  className={link}
                >
                  {s.healthCounts[h]} {HEALTH_LABELS[h].toLowerCase()}
                </Link>
              </Fragment>
            ))}
          </span>
          {disagreeing > 0 ? (
            <Link href="#initiatives" className={`${blockLink} text-sm font-medium text-amber-900`}>
              <span aria-hidden="true">⚑ </span>
              {disagreeing} {disagreeing === 1 ? "rating disagrees" : "ratings disagree"} with the
              schedule
            </Link>
          ) : null}
          <span className="block text-sm text-slate-700">
            <CountLink href="#initiatives" count={s.staleCount}>
              {s.staleCount} of {s.initiatives.length} stale
            </CountLink>{" "}
            (<GlossaryLink term="stale">no update in {STALE_AFTER_DAYS} days</GlossaryLink>)
          </span>
        </Figure>
      </dl>
      <p className="text-xs text-slate-700">
        <GlossaryLink term="gap" className="font-medium">
          How the gap is measured
        </GlossaryLink>
        : {GAP_DEFINITION}
      </p>
    </section>
  );
}

/** A count that links to the list behind it; a zero has nothing behind it, so it is plain text. */
function CountLink({
  href,
  count,
  children,
}: {
  href: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return <>{children}</>;
  return (
    <Link href={href} className={link}>
      {children}
    </Link>
  );
}

function Trouble({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? (
    <strong className="font-semibold" style={{ color: PROGRESS_COLORS.overdue }}>
      {children}
    </strong>
  ) : (
    <>{children}</>
  );
}
