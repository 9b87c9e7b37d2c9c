import Link from "next/link";
import type { ReactNode } from "react";
import { HealthBadge } from "@/components/ui/badges";
import { Figure } from "@/components/ui/figure";
import { formatDay } from "@/lib/domain/dates";
import { EVIDENCED_EXPLANATION, describeAssumedShare } from "@/lib/domain/evidence";
import { DUE_WINDOW_DAYS } from "@/lib/domain/milestone-counts";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatPercent } from "@/lib/domain/progress";
import { STALE_AFTER_DAYS } from "@/lib/domain/stale";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { HEALTHS } from "@/lib/domain/types";
import { CHART_COLORS } from "./chart-theme";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow; expectedLabel: string };

/** The numbers an executive reads first; each states its own comparison in words. */
export function HeadlineFigures({ snapshot: s, target, expectedLabel }: Props) {
  const stale = s.initiatives.filter((i) => i.stale);
  return (
    <section aria-labelledby="headline-title" data-testid="headline-figures" className="space-y-2">
      <h2 id="headline-title" className="sr-only">
        Headline figures
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Portfolio progress">
          <span className="text-2xl font-semibold">{formatPercent(s.progress)} done</span>
          <span className="text-sm text-slate-700"> as reported</span>
          <span className="block" data-testid="evidenced-progress">
            <span className="text-xl font-semibold" style={{ color: CHART_COLORS.evidenced }}>
              {formatPercent(s.evidencedProgress)}
            </span>
            <span className="text-sm text-slate-700"> evidenced</span>
          </span>
          <span className="block text-sm text-slate-700">{describeAssumedShare(s)}</span>
          <span className="mt-1 block text-sm text-slate-700">
            {formatPercent(s.expectedProgress)} {expectedLabel} ·{" "}
            {formatPercent(s.expectedAtTargetEnd)} expected by {formatDay(target.end)}, the end of{" "}
            {describeWindow(target)}
          </span>
        </Figure>
        <Figure label="Milestones">
          <span className="text-2xl font-semibold">{s.counts.done} done</span>
          <span className="text-sm text-slate-700"> of {s.counts.total}</span>
          <span className="block text-sm text-slate-700">
            {s.counts.due} due in the next {DUE_WINDOW_DAYS} days ·{" "}
            <Emphasis when={s.counts.overdue > 0}>{s.counts.overdue} overdue</Emphasis> ·{" "}
            <Emphasis when={s.counts.blocked > 0}>{s.counts.blocked} blocked</Emphasis>
          </span>
        </Figure>
        <Figure label="Initiatives by health">
          <ul
            className="mt-1 flex flex-wrap gap-1.5"
            aria-label={`${s.initiatives.length} initiatives by health`}
          >
            {HEALTHS.map((h) => (
              <li key={h} className="flex items-center gap-1 text-sm">
                <HealthBadge health={h} />
                <span className="font-semibold">{s.healthCounts[h] ?? 0}</span>
              </li>
            ))}
          </ul>
        </Figure>
        <Figure label={`Stale (no update in ${STALE_AFTER_DAYS} days)`}>
          <span className="text-2xl font-semibold">{s.staleCount}</span>
          <span className="text-sm text-slate-700"> of {s.initiatives.length} initiatives</span>
          {stale.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-sm">
              {stale.map((i) => (
                <li key={i.id}>
                  <Link href={`/initiatives/${i.slug}`} className="underline hover:text-brand-700">
                    {i.title}
                  </Link>{" "}
                  <span className="rounded bg-amber-50 px-1 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/40">
                    stale
                  </span>
                  <span className="text-xs text-slate-600">
                    {" "}
                    · last update {formatDay(i.lastUpdateOn)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </Figure>
      </dl>
      <p className="text-xs text-slate-700">{EVIDENCED_EXPLANATION}</p>
    </section>
  );
}

function Emphasis({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? (
    <strong className="font-semibold text-red-800">{children}</strong>
  ) : (
    <>{children}</>
  );
}
