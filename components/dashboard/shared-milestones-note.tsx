import Link from "next/link";
import { Fragment } from "react";
import { formatDay } from "@/lib/domain/dates";
import type { PortfolioSnapshot, TimelineMilestone } from "@/lib/domain/portfolio-snapshot";
import { sharedMilestones } from "@/lib/domain/shared-milestones";
import { initiativeHref, type DashboardView } from "./view-links";

/** The most shared milestones listed; the count says how many more there are. */
const MAX_LISTED = 10;

// A snapshot is cached and never changes: find its shared milestones once, not on every view.
const sharedOf = new WeakMap<PortfolioSnapshot, TimelineMilestone[][]>();

function sharedIn(s: PortfolioSnapshot): TimelineMilestone[][] {
  let groups = sharedOf.get(s);
  if (!groups) {
    groups = sharedMilestones(s.initiatives.flatMap((i) => i.timeline));
    sharedOf.set(s, groups);
  }
  return groups;
}

/** Says why an event counts more than once in the portfolio's totals; nothing when none does. */
export function SharedMilestonesNote({
  snapshot: s,
  view,
}: {
  snapshot: PortfolioSnapshot;
  view: DashboardView;
}) {
  const byId = new Map(s.initiatives.map((i) => [i.id, i]));
  const groups = sharedIn(s);
  if (groups.length === 0) return null;
  return (
    <section
      aria-labelledby="shared-title"
      data-testid="shared-milestones"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id="shared-title" className="font-semibold">
        Counted in more than one initiative
      </h2>
      <p className="mt-1">
        Each of these appears in several initiatives, and each initiative counts its own copy, so
        the portfolio&apos;s figures count it once per copy. Cancel all copies but one to count it
        once.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {groups.slice(0, MAX_LISTED).map((g) => (
          <li key={g[0].id}>
            {g[0].title} ({formatDay(g[0].baselineDate)}):{" "}
            {g.map((m, n) => {
              const i = byId.get(m.initiativeId);
              return (
                <Fragment key={m.id}>
                  {n > 0 ? "; " : null}
                  {i ? (
                    <Link href={initiativeHref(i.slug, view, "milestones")} className="underline">
                      {i.title}
                    </Link>
                  ) : null}
                </Fragment>
              );
            })}
          </li>
        ))}
      </ul>
      {groups.length > MAX_LISTED ? (
        <p className="mt-1">
          And {groups.length - MAX_LISTED} more shared milestones: each initiative&apos;s page lists
          its own.
        </p>
      ) : null}
    </section>
  );
}
