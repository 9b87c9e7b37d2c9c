import Link from "next/link";
import { Fragment } from "react";
import { MILESTONE_STATUS_LABELS } from "@/lib/domain/labels";
import type {
  InitiativeSnapshot,
  PortfolioSnapshot,
  TimelineMilestone,
} from "@/lib/domain/portfolio-snapshot";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise, plural } from "@/lib/domain/text";
import { timeAxis, type TimeAxis } from "./chart-axis";
import { STATUS_MARK } from "./chart-theme";
import { ExpandableGroup } from "./expandable-group";
import { FOLDED_HIDDEN } from "./fold";
import { AsOfSwatch, Legend, WindowSwatch } from "./legend";
import { isLateOrOpen } from "./milestone-filter";
import { TIMELINE_COLUMNS, TimelineRow, TRACK_LEFT } from "./timeline-row";
import { AxisLabels, TrackBackdrop } from "./timeline-track";
import { initiativeHref, type DashboardView } from "./view-links";

/** `omitted`: milestones of the initiative not drawn here (too many), left to its page. */
type Group = { initiative: InitiativeSnapshot; milestones: TimelineMilestone[]; omitted: number };

type Props = {
  snapshot: PortfolioSnapshot;
  groups: Group[];
  target: TargetWindow;
  asOfLabel: string;
  view: DashboardView;
  /** False while a headline count picks the milestones: then every one of them shows. */
  foldable: boolean;
};

/**
 * Every milestone on one date axis, one group per initiative (each linking to it), folded to its
 * late and open work. On a phone the axis and tracks are left out and each milestone's dates are in
 * words: one list per initiative, nothing scrolls sideways.
 */
export function TimelineChart({ snapshot: s, groups, target, asOfLabel, view, foldable }: Props) {
  const milestones = groups.flatMap((g) => g.milestones);
  const axis = timeAxis([
    ...milestones.flatMap((m) => [m.baselineDate, m.plannedDate, m.actualDate ?? m.plannedDate]),
    target.start,
    target.end,
    s.asOf,
  ]);
  return (
    <>
      <TimelineLegend target={target} asOfLabel={asOfLabel} />
      <div className="relative rounded border border-slate-200">
        {/* One backdrop (gridlines, window band, as-of line) behind every track of the chart. */}
        <div
          aria-hidden="true"
          className={`absolute inset-y-0 right-0 hidden overflow-hidden px-3 sm:block ${TRACK_LEFT}`}
        >
          <div className="relative h-full">
            <TrackBackdrop axis={axis} target={target} asOf={s.asOf} />
          </div>
        </div>
        <div className={`hidden sm:grid ${TIMELINE_COLUMNS}`}>
          <div className="flex items-end bg-white py-1 pr-3 pl-2 text-xs font-medium text-slate-700">
            Milestone
          </div>
          <AxisLabels
            axis={axis}
            target={target}
            asOf={s.asOf}
            asOfLabel={asOfLabel}
            backdrop={false}
          />
        </div>
        {groups.map((g) => (
          <TimelineGroup
            key={g.initiative.id}
            group={g}
            axis={axis}
            view={view}
            foldable={foldable}
          />
        ))}
      </div>
    </>
  );
}

function TimelineGroup({
  group: { initiative: i, milestones, omitted },
  axis,
  view,
  foldable,
}: {
  group: Group;
  axis: TimeAxis;
  view: DashboardView;
  foldable: boolean;
}) {
  const folds = (m: TimelineMilestone) => foldable && !isLateOrOpen(m);
  const foldClass = (m: TimelineMilestone) => (folds(m) ? FOLDED_HIDDEN : "");
  const folded = milestones.filter(folds).length;
  return (
    <ExpandableGroup
      name={i.title}
      total={milestones.length}
      folded={folded}
      more={
        omitted > 0 ? (
          <Link
            href={initiativeHref(i.slug, view, "milestones")}
            className="min-h-6 text-xs font-medium text-brand-700 underline underline-offset-2"
          >
            {plural(omitted, "more milestone")} on its page
          </Link>
        ) : null
      }
      heading={
        <h3 className="text-sm font-semibold">
          <Link
            href={initiativeHref(i.slug, view, "milestones")}
            className="text-slate-900 underline underline-offset-2 hover:text-brand-700"
          >
            {i.title}
          </Link>{" "}
          <span className="font-normal text-slate-700">
            · {plural(milestones.length + omitted, "milestone")}
            {folded > 0 ? `, ${folded} done on time or cancelled folded away` : ""}
            {omitted > 0 ? `, the first ${milestones.length} late or open shown` : ""}
          </span>
        </h3>
      }
    >
      <div>
        {byWorkstream(milestones).map((ws) => (
          <Fragment key={ws.name ?? ""}>
            {ws.name ? (
              <p
                className={`relative border-t border-slate-200 bg-slate-50 px-2 py-1 text-xs font-medium italic ${ws.milestones.every(folds) ? FOLDED_HIDDEN : ""}`}
              >
                Workstream: {ws.name}
              </p>
            ) : null}
            <ul>
              {ws.milestones.map((m) => (
                <TimelineRow
                  key={m.id}
                  milestone={m}
                  axis={axis}
                  asOf={view.asOf}
                  className={foldClass(m)}
                />
              ))}
            </ul>
          </Fragment>
        ))}
      </div>
    </ExpandableGroup>
  );
}

function TimelineLegend({ target, asOfLabel }: { target: TargetWindow; asOfLabel: string }) {
  return (
    <Legend>
      <li className="hidden sm:list-item">
        <span
          aria-hidden="true"
          className="mr-1 inline-block size-2.5 rotate-45 border-2 border-slate-800 bg-white"
        />{" "}
        baseline date
      </li>
      {(["not_started", "in_progress", "blocked", "cancelled"] as const).map((status) => (
        <li key={status}>
          <Disc status={status} /> {MILESTONE_STATUS_LABELS[status].toLowerCase()}
        </li>
      ))}
      <li>
        <Disc status="done" /> done, on its actual date
      </li>
      <li className="hidden sm:list-item">
        <span
          aria-hidden="true"
          className="mr-1 inline-block w-6 border-t-2 border-dashed border-slate-600 align-middle"
        />{" "}
        slip, “+N d” late
      </li>
      <li className="hidden sm:list-item">
        <WindowSwatch /> {capitalise(describeWindow(target))}
      </li>
      <li className="hidden sm:list-item">
        <AsOfSwatch /> {asOfLabel}
      </li>
    </Legend>
  );
}

function Disc({ status }: { status: keyof typeof STATUS_MARK }) {
  const mark = STATUS_MARK[status];
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-flex size-4 items-center justify-center rounded-full align-middle text-[10px] font-bold text-white"
      style={{ background: mark.color }}
    >
      {mark.symbol}
    </span>
  );
}

/** Milestones without a workstream first, then one group per workstream; each keeps planned-date order. */
function byWorkstream(
  milestones: TimelineMilestone[],
): { name: string | null; milestones: TimelineMilestone[] }[] {
  const names = [...new Set(milestones.map((m) => m.workstream))].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a.localeCompare(b),
  );
  return names.map((name) => ({
    name,
    milestones: milestones.filter((m) => m.workstream === name),
  }));
}
