import Link from "next/link";
import { ChangeEventList } from "@/components/history/change-event-list";
import { formatDay } from "@/lib/domain/dates";
import { plural } from "@/lib/domain/text";
import type { IsoDay } from "@/lib/domain/types";
import type { ChangeSummary } from "@/lib/views/change-summary";
import { initiativeHref, type DashboardView } from "./view-links";

type Props = {
  changes: ChangeSummary;
  initiatives: { id: string; slug: string; title: string }[];
  since: IsoDay;
  asOf: IsoDay;
  view: DashboardView;
};

/** The most initiatives listed, and the newest changes shown for each; the audit log has the rest. */
const MAX_GROUPS = 10;
const PER_GROUP = 3;

/**
 * Changes recorded in the period: the initiatives that changed most first, each with its newest
 * changes and a link to all of them in the audit log, so a busy week stays one screen.
 */
export function WhatChanged({ changes, initiatives, since, asOf, view }: Props) {
  const groups = initiatives
    .map((i) => ({ ...i, count: changes.countByInitiative[i.id] ?? 0 }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count);
  const shown = groups.slice(0, MAX_GROUPS);
  const total = groups.reduce((n, g) => n + g.count, 0);
  const period = { from: since, to: asOf };
  return (
    <section
      aria-labelledby="what-changed-title"
      data-testid="what-changed"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="what-changed-title" className="text-lg font-semibold tracking-tight">
        What changed
      </h2>
      <p className="text-sm text-slate-700">
        {total === 0
          ? "No changes"
          : `${plural(total, "change")} to ${plural(groups.length, "initiative")}`}{" "}
        recorded from {formatDay(since)} to {formatDay(asOf)}
        {groups.length > 0 ? ", the most changed first" : null}.{" "}
        {total > 0 ? (
          <Link href={auditHref(period)} className="text-brand-700 underline underline-offset-2">
            All of them in the audit log
          </Link>
        ) : null}
      </p>
      {shown.map((g) => {
        const newest = changes.latest
          .filter((e) => e.initiative.slug === g.slug)
          .slice(0, PER_GROUP);
        return (
          <section
            key={g.slug}
            aria-labelledby={`changed-${g.slug}`}
            className="space-y-2"
            data-testid="what-changed-group"
          >
            <h3 id={`changed-${g.slug}`} className="text-sm font-semibold">
              <Link href={initiativeHref(g.slug, view)} className="underline underline-offset-2">
                {g.title}
              </Link>{" "}
              <span className="font-normal text-slate-600">· {plural(g.count, "change")}</span>
            </h3>
            {newest.length > 0 ? <ChangeEventList events={newest} showSubject /> : null}
            {g.count > newest.length ? (
              <p className="text-sm">
                <Link
                  href={auditHref({ ...period, initiative: g.slug })}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {newest.length > 0
                    ? `All ${plural(g.count, "change")} to ${g.title} in the audit log`
                    : `See the ${plural(g.count, "change")} to ${g.title} in the audit log`}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
      {groups.length > shown.length ? (
        <p className="text-sm text-slate-700">
          {plural(groups.length - shown.length, "more initiative")} changed in the period:{" "}
          <Link href={auditHref(period)} className="text-brand-700 underline underline-offset-2">
            see the audit log
          </Link>
          .
        </p>
      ) : null}
    </section>
  );
}

function auditHref(q: { from: IsoDay; to: IsoDay; initiative?: string }): string {
  const search = new URLSearchParams({
    ...(q.initiative ? { initiative: q.initiative } : {}),
    from: q.from,
    to: q.to,
  });
  return `/audit?${search}`;
}
