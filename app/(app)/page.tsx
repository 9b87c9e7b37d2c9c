import type { Metadata } from "next";
import Link from "next/link";
import { HealthBadge } from "@/components/ui/badges";
import { EvidenceKey } from "@/components/ui/evidence-key";
import { Figure } from "@/components/ui/figure";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getPrisma } from "@/lib/db/client";
import { formatDay } from "@/lib/domain/dates";
import { KIND_LABELS, LIFECYCLE_LABELS } from "@/lib/domain/labels";
import { describeAssumedShare } from "@/lib/domain/evidence";
import { formatPercent } from "@/lib/domain/progress";
import { getPageActor } from "@/lib/http/page-auth";
import { listInitiativeSummaries } from "@/lib/server/portfolio";
import { getToday } from "@/lib/server/today";
import type { InitiativeSummary } from "@/lib/views/initiative";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage() {
  await getPageActor("portfolio:read");
  const today = getToday();
  const overview = await listInitiativeSummaries(getPrisma(), today);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          See the dashboard for charts and as-of views
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Portfolio</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            The Korea–Singapore FTA upgrade, the five MOUs and the investment agreements of 2 March
            2026, measured against each milestone&apos;s baseline date. Figures as of{" "}
            {formatDay(today)}.
          </p>
        </div>
        <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4">
          {[
            ["Reported", formatPercent(overview.progress)],
            ["Evidenced", formatPercent(overview.evidencedProgress)],
            ["Expected by today", formatPercent(overview.expectedProgress)],
            // In scope, as the dashboard counts them: cancelled milestones leave the denominator.
            ["Milestones in scope", String(overview.inScopeCount)],
          ].map(([label, value]) => (
            <Figure key={label} label={label} variant="tile">
              {value}
            </Figure>
          ))}
        </dl>
      </div>
      <div className="space-y-1">
        <p className="text-sm text-slate-700" data-testid="assumed-share">
          Portfolio: {describeAssumedShare(overview)}
        </p>
        <EvidenceKey />
      </div>
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Initiatives">
        {overview.initiatives.map((initiative) => (
          <li key={initiative.id}>
            <InitiativeCard initiative={initiative} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function InitiativeCard({ initiative: i }: { initiative: InitiativeSummary }) {
  return (
    <article
      className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="initiative-card"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {KIND_LABELS[i.kind]} · {LIFECYCLE_LABELS[i.lifecycleStatus]}
          </p>
          <h2 className="mt-0.5 font-semibold leading-snug">
            <Link href={`/initiatives/${i.slug}`} className="hover:text-brand-700 hover:underline">
              {i.title}
            </Link>
          </h2>
        </div>
        <HealthBadge health={i.health} />
      </div>
      <ProgressBar
        actual={i.progress}
        evidenced={i.evidencedProgress}
        expected={i.expectedProgress}
        label={i.title}
      />
      <dl className="mt-auto grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-600">Next milestone</dt>
          <dd>
            {i.nextMilestone ? (
              <>
                {i.nextMilestone.title}{" "}
                <span className="whitespace-nowrap text-slate-600">
                  · {formatDay(i.nextMilestone.plannedDate)}
                  {i.nextMilestone.provenance === "planned_estimate" ? " (plan)" : ""}
                </span>
                {i.nextMilestone.status === "blocked" || i.nextMilestone.overdue ? (
                  <span className="ml-1 whitespace-nowrap font-medium text-red-700">
                    {i.nextMilestone.status === "blocked" ? "· blocked" : "· overdue"}
                  </span>
                ) : null}
              </>
            ) : (
              "All milestones closed"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Last status update</dt>
          <dd>{formatDay(i.lastUpdateOn)}</dd>
        </div>
      </dl>
    </article>
  );
}
