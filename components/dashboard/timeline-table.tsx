import { formatDay } from "@/lib/format";
import { formatSlip } from "@/lib/dashboard-format";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import { MILESTONE_STATUS_LABELS, PROVENANCE_LABELS, SIDE_LABELS } from "@/lib/format";
import { DataTable, td, th } from "./data-table";

/** Every milestone the timeline draws, with the same dates and slip. */
export function TimelineTable({ snapshot: s }: { snapshot: PortfolioSnapshot }) {
  return (
    <DataTable
      caption={`Milestones as of ${formatDay(s.asOf)}: baseline, planned and actual dates; slip is planned (or actual) minus baseline`}
      head={
        <>
          <th scope="col" className={th}>
            Milestone
          </th>
          <th scope="col" className={th}>
            Initiative
          </th>
          <th scope="col" className={th}>
            Workstream
          </th>
          <th scope="col" className={th}>
            Status
          </th>
          <th scope="col" className={th}>
            Baseline
          </th>
          <th scope="col" className={th}>
            Planned
          </th>
          <th scope="col" className={th}>
            Actual
          </th>
          <th scope="col" className={th}>
            Slip
          </th>
          <th scope="col" className={th}>
            Side
          </th>
          <th scope="col" className={th}>
            Date source
          </th>
        </>
      }
    >
      {s.initiatives.flatMap((i) =>
        i.timeline.map((m) => (
          <tr key={m.id}>
            <th scope="row" className={`${td} min-w-48 text-left font-normal`}>
              {m.title}
            </th>
            <td className={`${td} min-w-40`}>{i.title}</td>
            <td className={td}>{m.workstream ?? "—"}</td>
            <td className={td}>{MILESTONE_STATUS_LABELS[m.status]}</td>
            <td className={`${td} whitespace-nowrap`}>{formatDay(m.baselineDate)}</td>
            <td className={`${td} whitespace-nowrap`}>{formatDay(m.plannedDate)}</td>
            <td className={`${td} whitespace-nowrap`}>{formatDay(m.actualDate)}</td>
            <td className={`${td} whitespace-nowrap`}>
              {m.status === "cancelled" ? "—" : formatSlip(m.slippageDays) || "on baseline"}
            </td>
            <td className={td}>{SIDE_LABELS[m.side]}</td>
            <td className={td}>{PROVENANCE_LABELS[m.provenance]}</td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
