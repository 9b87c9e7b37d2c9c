import Link from "next/link";
import { scheduleNote } from "@/components/milestones/schedule-note";
import { HealthBadge } from "@/components/ui/badges";
import { PROGRESS_COLORS } from "@/components/ui/progress-colors";
import { formatDay } from "@/lib/domain/dates";
import { KIND_LABELS, LIFECYCLE_LABELS } from "@/lib/domain/labels";
import { nextMilestone } from "@/lib/domain/milestones";
import type { InitiativeSnapshot } from "@/lib/domain/portfolio-snapshot";
import { formatPercent } from "@/lib/domain/progress";
import { describeGap } from "@/lib/domain/verdict";
import { lowerFirst } from "./milestone-filter";
import { ProgressTrack } from "./progress-track";
import { ScheduleBadge } from "./schedule-badge";
import { initiativeHref, type DashboardView } from "./view-links";

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

type Props = { initiative: InitiativeSnapshot; view: DashboardView; expectedLabel: string };

/**
 * One initiative: the gap and its schedule status beside the analyst's health (a disagreement says
 * so in words), progress against what is due, its milestones and the latest update's first line.
 */
export function InitiativeRow({ initiative: i, view, expectedLabel }: Props) {
  const href = (section?: "milestones" | "updates") => initiativeHref(i.slug, view, section);
  return (
    <article
      className="grid gap-x-6 gap-y-2 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      aria-labelledby={`row-${i.slug}`}
    >
      <div className="min-w-0 space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
          {KIND_LABELS[i.kind]} · {LIFECYCLE_LABELS[i.lifecycleStatus]}
        </p>
        <h3 id={`row-${i.slug}`} className="font-semibold leading-snug break-words">
          <Link href={href()} className="hover:text-brand-700 hover:underline">
            {i.title}
          </Link>
        </h3>
        <p className="text-sm">
          <strong data-testid={`gap-${i.slug}`} className="font-semibold text-slate-900">
            {describeGap(i.gap)}
          </strong>
        </p>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700">
          <span className="inline-flex items-center gap-1">
            Schedule <ScheduleBadge schedule={i.schedule} />
          </span>
          <span className="inline-flex items-center gap-1">
            Health <HealthBadge health={i.health} />
          </span>
        </p>
        {i.healthDisagreement ? (
          <p className="text-sm font-medium text-amber-900" data-testid={`disagreement-${i.slug}`}>
            <span aria-hidden="true">⚑ </span>
            <span className="sr-only">Health and schedule disagree: </span>
            {i.healthDisagreement}
          </p>
        ) : null}
      </div>
      <div className="min-w-0 space-y-1">
        <ProgressTrack
          progress={i.progress}
          evidenced={i.evidencedProgress}
          expected={i.expectedProgress}
          expectedAtWindowEnd={i.expectedAtTargetEnd}
          label={`${formatPercent(i.progress)} done against ${formatPercent(i.expectedProgress)} ${expectedLabel}, as reported; ${formatPercent(i.evidencedProgress)} evidenced; ${formatPercent(i.expectedAtTargetEnd)} due by ${formatDay(i.target.end)}, the window's end`}
        />
        <p className="px-2 text-xs text-slate-700">
          <span className="font-semibold text-slate-900">{formatPercent(i.progress)} done</span> (
          {formatPercent(i.evidencedProgress)} evidenced) of{" "}
          <span className="font-semibold text-slate-900">{formatPercent(i.expectedProgress)}</span>{" "}
          {expectedLabel} · {formatPercent(i.expectedAtTargetEnd)}{" "}
          {i.target.end < view.asOf ? "was due" : "falls due"} by {formatDay(i.target.end)}, the
          window&apos;s end
        </p>
        <MilestonesLine initiative={i} href={href("milestones")} asOf={view.asOf} />
      </div>
      <LatestUpdateLine initiative={i} href={href("updates")} />
    </article>
  );
}

function MilestonesLine({
  initiative: i,
  href,
  asOf,
}: {
  initiative: InitiativeSnapshot;
  href: string;
  asOf: string;
}) {
  const next = nextMilestone(i.timeline);
  const note = next ? scheduleNote(next, asOf) : null;
  return (
    <p className="px-2 text-xs text-slate-700">
      <Link href={href} className={linkClass}>
        {i.counts.done} of {i.counts.total} milestones done · {i.overdueSummary}
      </Link>
      {next && note ? (
        <>
          {" "}
          · Next: <span className="text-slate-900">{next.title}</span>, planned{" "}
          <span className="whitespace-nowrap">{formatDay(next.plannedDate)}</span>
          {next.provenance === "planned_estimate" ? " (an estimate)" : ""}
          {note.late ? (
            <strong className="font-semibold" style={{ color: PROGRESS_COLORS.overdue }}>
              {" "}
              · {lowerFirst(note.text)}
            </strong>
          ) : null}
        </>
      ) : (
        " · no open milestone"
      )}
    </p>
  );
}

function LatestUpdateLine({
  initiative: i,
  href,
}: {
  initiative: InitiativeSnapshot;
  href: string;
}) {
  const latest = i.latestUpdate;
  return (
    <p className="text-sm text-slate-800 md:col-span-2" data-testid="latest-update">
      <span className="font-medium text-slate-700">Latest update</span>{" "}
      {latest ? (
        <>
          <Link href={href} className={`${linkClass} whitespace-nowrap`}>
            <time dateTime={latest.effectiveDate}>{formatDay(latest.effectiveDate)}</time>
          </Link>
          {i.stale ? <StaleMark /> : null}: {latest.firstLine ?? "(no text)"}
        </>
      ) : (
        <>
          none yet
          {i.stale ? <StaleMark /> : null}
        </>
      )}
    </p>
  );
}

function StaleMark() {
  return (
    <span className="ml-1 rounded bg-amber-50 px-1 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/40">
      stale
    </span>
  );
}
