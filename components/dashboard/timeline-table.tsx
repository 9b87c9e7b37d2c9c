import Link from "next/link";
import { cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { formatDay } from "@/lib/domain/dates";
import { MILESTONE_STATUS_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import { formatSlippage } from "@/lib/domain/milestones";
import type {
  InitiativeSnapshot,
  PortfolioSnapshot,
  TimelineMilestone,
} from "@/lib/domain/portfolio-snapshot";
import { OnDemandTable } from "./on-demand-table";
import { initiativeHref, type DashboardView } from "./view-links";

const COLUMNS = [
  "Milestone",
  "Initiative",
  "Workstream",
  "Status",
  "Baseline",
  "Planned",
  "Actual",
  "Slip",
  "Side",
  "Planned date is",
].map((label) => ({ label }));
const td = cellClass("compact");
const day = cellClass("compact", { extra: "whitespace-nowrap" });

type Props = {
  snapshot: PortfolioSnapshot;
  groups: { initiative: InitiativeSnapshot; milestones: TimelineMilestone[]; omitted: number }[];
  view: DashboardView;
};

/** Every milestone the timeline draws, folded or not, with the same dates and slip. */
export function TimelineTable({ snapshot: s, groups, view }: Props) {
  return (
    <OnDemandTable
      chart="timeline"
      view={view}
      caption={`Milestones as of ${formatDay(s.asOf)}: baseline, planned and actual dates; slip is planned (or actual) minus baseline`}
      columns={COLUMNS}
    >
      {groups.flatMap(({ initiative: i, milestones }) =>
        milestones.map((m) => (
          <tr key={m.id}>
            <th scope="row" className={rowHeaderClass("compact", "min-w-48")}>
              {m.title}
            </th>
            <td className={`${td} min-w-40`}>
              <Link href={initiativeHref(i.slug, view, "milestones")} className="underline">
                {i.title}
              </Link>
            </td>
            <td className={td}>{m.workstream ?? "—"}</td>
            <td className={td}>{MILESTONE_STATUS_LABELS[m.status]}</td>
            <td className={day}>{formatDay(m.baselineDate)}</td>
            <td className={day}>{formatDay(m.plannedDate)}</td>
            <td className={day}>{formatDay(m.actualDate)}</td>
            <td className={day}>
              {m.status === "cancelled"
                ? "—"
                : formatSlippage(m.slippageDays, "signed") || "on baseline"}
            </td>
            <td className={td}>{SIDE_LABELS[m.side]}</td>
            <td className={td}>
              {m.provenance === "planned_estimate" ? "an estimate" : "from a source"}
            </td>
          </tr>
        )),
      )}
    </OnDemandTable>
  );
}
