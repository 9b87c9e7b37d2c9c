import { Fragment } from "react";
import type {
  InitiativeSnapshot,
  PortfolioSnapshot,
  TimelineMilestone,
} from "@/lib/domain/portfolio-snapshot";
import { describeWindow, type TargetWindow } from "@/lib/domain/target-window";
import { capitalise } from "@/lib/domain/text";
import { timeAxis } from "./chart-axis";
import { STATUS_MARK } from "./chart-theme";
import { AsOfSwatch, Legend, WindowSwatch } from "./legend";
import { TimelineRow, LABEL_CELL } from "./timeline-row";
import { AxisLabels } from "./timeline-track";

type Props = {
  snapshot: PortfolioSnapshot;
  milestones: TimelineMilestone[];
  target: TargetWindow;
  asOfLabel: string;
  caption: string;
};

/** Every milestone on one date axis, grouped by initiative and workstream, with its legend. */
export function TimelineChart({ snapshot: s, milestones, target, asOfLabel, caption }: Props) {
  const axis = timeAxis([
    ...milestones.flatMap((m) => [m.baselineDate, m.plannedDate, m.actualDate ?? m.plannedDate]),
    target.start,
    target.end,
    s.asOf,
  ]);
  return (
    <>
      <Legend>
        <li>
          <span
            aria-hidden="true"
            className="mr-1 inline-block size-2.5 rotate-45 border-2 border-slate-800 bg-white"
          />{" "}
          baseline date
        </li>
        {(["not_started", "in_progress", "blocked", "cancelled"] as const).map((status) => (
          <li key={status}>
            <Disc status={status} /> planned: {status.replace("_", " ")}
          </li>
        ))}
        <li>
          <Disc status="done" /> done, on its actual date
        </li>
        <li>
          <span
            aria-hidden="true"
            className="mr-1 inline-block w-6 border-t-2 border-dashed border-slate-600 align-middle"
          />{" "}
          slip, “+N d” late
        </li>
        <li>
          <WindowSwatch /> {capitalise(describeWindow(target))}
        </li>
        <li>
          <AsOfSwatch /> {asOfLabel}
        </li>
      </Legend>
      <div
        role="region"
        aria-label="Milestone timeline (scrolls sideways on small screens)"
        tabIndex={0}
        className="overflow-x-auto rounded border border-slate-200"
      >
        <div
          role="img"
          aria-label={caption}
          className="grid grid-cols-[11rem_minmax(36rem,1fr)] pr-14 sm:grid-cols-[16rem_minmax(40rem,1fr)]"
        >
          <div className={`${LABEL_CELL} flex items-end font-medium text-slate-700`}>Milestone</div>
          <AxisLabels axis={axis} target={target} asOf={s.asOf} asOfLabel={asOfLabel} />
          {s.initiatives
            .filter((i) => i.timeline.length > 0)
            .map((i) => (
              <Fragment key={i.id}>
                <GroupHeading text={i.title} strong />
                {groupByWorkstream(i).map((group) => (
                  <Fragment key={group.name ?? ""}>
                    {group.name ? <GroupHeading text={`Workstream: ${group.name}`} /> : null}
                    {group.milestones.map((m) => (
                      <TimelineRow
                        key={m.id}
                        milestone={m}
                        axis={axis}
                        target={target}
                        asOf={s.asOf}
                      />
                    ))}
                  </Fragment>
                ))}
              </Fragment>
            ))}
        </div>
      </div>
    </>
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

function GroupHeading({ text, strong = false }: { text: string; strong?: boolean }) {
  return (
    <div
      className={`col-span-2 border-t border-slate-300 ${strong ? "bg-slate-100 py-1.5 text-sm font-semibold" : "bg-slate-50 py-1 text-xs font-medium italic"}`}
    >
      <span className="sticky left-0 inline-block px-2">{text}</span>
    </div>
  );
}

/** Milestones without a workstream first, then one group per workstream; each keeps planned-date order. */
function groupByWorkstream(
  i: InitiativeSnapshot,
): { name: string | null; milestones: TimelineMilestone[] }[] {
  const names = [...new Set(i.timeline.map((m) => m.workstream))].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a.localeCompare(b),
  );
  return names.map((name) => ({
    name,
    milestones: i.timeline.filter((m) => m.workstream === name),
  }));
}
