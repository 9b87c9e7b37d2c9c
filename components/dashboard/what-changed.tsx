import Link from "next/link";
import { ChangeEventList } from "@/components/history/change-event-list";
import { formatDay } from "@/lib/domain/dates";
import { plural } from "@/lib/domain/text";
import type { IsoDay } from "@/lib/domain/types";
import type { ChangeEventView } from "@/lib/views/change-event";
import { initiativeHref, type DashboardView } from "./view-links";

type Props = {
  events: ChangeEventView[];
  initiatives: { slug: string; title: string }[];
  since: IsoDay;
  asOf: IsoDay;
  view: DashboardView;
  truncatedAt?: number;
};

/** Changes recorded in the period, grouped by initiative in portfolio order. */
export function WhatChanged({ events, initiatives, since, asOf, view, truncatedAt }: Props) {
  const groups = initiatives
    .map((i) => ({ ...i, events: events.filter((e) => e.initiative.slug === i.slug) }))
    .filter((g) => g.events.length > 0);
  const shown = groups.reduce((n, g) => n + g.events.length, 0);
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
        {shown === 0
          ? "No changes"
          : `${plural(shown, "change")} to ${plural(groups.length, "initiative")}`}{" "}
        recorded from {formatDay(since)} to {formatDay(asOf)}, newest first.
        {truncatedAt
          ? ` Only the latest ${truncatedAt} recorded are included; choose a later “Changes since” date to see all of a shorter period.`
          : null}
      </p>
      {groups.map((g) => (
        <section key={g.slug} aria-labelledby={`changed-${g.slug}`} className="space-y-2">
          <h3 id={`changed-${g.slug}`} className="text-sm font-semibold">
            <Link href={initiativeHref(g.slug, view)} className="underline underline-offset-2">
              {g.title}
            </Link>{" "}
            <span className="font-normal text-slate-600">
              · {plural(g.events.length, "change")}
            </span>
          </h3>
          <ChangeEventList events={g.events} showSubject />
        </section>
      ))}
    </section>
  );
}
