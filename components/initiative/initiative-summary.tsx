import { HealthBadge } from "@/components/ui/badges";
import { EvidenceKey } from "@/components/ui/evidence-key";
import { ProgressBar } from "@/components/ui/progress-bar";
import { scheduleNote } from "@/components/milestones/schedule-note";
import { formatDay } from "@/lib/domain/dates";
import { describeAssumedShare } from "@/lib/domain/evidence";
import { nextMilestone } from "@/lib/domain/milestones";
import type { InitiativePageView } from "@/lib/views/initiative";
import { firstLine } from "@/lib/domain/text";
import { SummaryCard } from "./summary-card";
import { VerdictLine } from "./verdict-line";

const linkClass =
  "inline-flex min-h-6 items-center text-sm text-brand-700 underline underline-offset-2";

/**
 * What a reader needs first: where the initiative stands (verdict, progress against what is
 * expected, health), the latest status update and the next milestone. `asOf` is the day shown.
 */
export function InitiativeSummary({
  initiative: i,
  asOf,
}: {
  initiative: InitiativePageView;
  asOf: string;
}) {
  const latest = i.statusUpdates[0];
  const next = nextMilestone(i.milestones);
  const schedule = next ? scheduleNote(next, asOf) : null;
  return (
    <div className="space-y-3">
      {/* The verdict: one sentence by the single gap definition (lib/domain/verdict.ts). */}
      <VerdictLine initiative={i} />
      <div className="grid gap-4 md:grid-cols-3">
        <SummaryCard title="Progress" testId="summary-progress">
          <ProgressBar
            actual={i.progress}
            evidenced={i.evidencedProgress}
            expected={i.expectedProgress}
            label={`${i.title} progress`}
          />
          <p className="mt-2 text-xs text-slate-700" data-testid="assumed-share">
            {describeAssumedShare(i)}
          </p>
          <EvidenceKey className="mt-2" />
          <p className="mt-2 text-xs text-slate-600">
            Owner: {i.owner}. Expected share is milestone weight whose baseline date has passed.
          </p>
        </SummaryCard>
        <SummaryCard title="Latest update" testId="summary-latest-update">
          {latest ? (
            <>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <time dateTime={latest.effectiveDate} className="font-medium">
                  {formatDay(latest.effectiveDate)}
                </time>
                <HealthBadge health={latest.health} />
              </p>
              <p className="mt-2 text-sm text-slate-800">{firstLine(latest.body)}</p>
              <a href="#updates" className={`${linkClass} mt-2`}>
                All updates
              </a>
            </>
          ) : (
            <p className="text-sm text-slate-600">No status update yet.</p>
          )}
        </SummaryCard>
        <SummaryCard title="Next milestone" testId="summary-next-milestone">
          {next && schedule ? (
            <>
              <p className="text-sm font-medium break-words">{next.title}</p>
              <p className="mt-1 text-sm text-slate-700">
                Planned {formatDay(next.plannedDate)}
                {next.provenance === "planned_estimate" ? " (plan)" : ""}
              </p>
              <p className={`mt-1 text-sm ${schedule.late ? "font-medium text-red-700" : ""}`}>
                {schedule.text}
              </p>
              <a href="#milestones" className={`${linkClass} mt-2`}>
                All milestones
              </a>
            </>
          ) : (
            <p className="text-sm text-slate-600">No open milestone.</p>
          )}
        </SummaryCard>
      </div>
    </div>
  );
}
