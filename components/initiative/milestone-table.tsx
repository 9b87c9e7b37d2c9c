import { ProvenanceBadge, StatusBadge } from "@/components/ui/badges";
import { SIDE_LABELS, formatDay, formatSlippage } from "@/lib/format";
import type { MilestoneView } from "@/lib/server/portfolio";

export function MilestoneTable({ milestones }: { initiativeSlug: string; milestones: MilestoneView[]; canEdit: boolean }) {
  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="text-lg font-semibold">Milestones</h2>
      <p className="text-sm text-slate-600">Sorted by planned date. Slippage compares the planned (or actual) date with the baseline.</p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Milestones table">
        <table className="min-w-[860px] w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Milestone</th>
              <th scope="col" className="px-3 py-2 font-medium">Side</th>
              <th scope="col" className="px-3 py-2 font-medium">Status</th>
              <th scope="col" className="px-3 py-2 font-medium">Baseline</th>
              <th scope="col" className="px-3 py-2 font-medium">Planned</th>
              <th scope="col" className="px-3 py-2 font-medium">Actual</th>
              <th scope="col" className="px-3 py-2 font-medium">Slippage</th>
              <th scope="col" className="px-3 py-2 font-medium">Provenance</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {milestones.map((m) => (
              <tr key={m.id} data-testid="milestone-row" className="align-top">
                <td className="px-3 py-2">
                  <div className="font-medium">{m.title}</div>
                  {m.workstream ? <div className="text-xs text-slate-600">{m.workstream}</div> : null}
                  {m.sources.length ? (
                    <div className="mt-1 text-xs">
                      {m.sources.map((s) => (
                        <a key={s.id} href={s.url} className="mr-2 text-brand-700 underline" title={s.title}>{s.key}</a>
                      ))}
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-2">{SIDE_LABELS[m.side]}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={m.status} />
                  {m.status === "in_progress" ? <div className="mt-1 text-xs text-slate-600">{m.percentComplete}%</div> : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(m.baselineDate)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(m.plannedDate)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(m.actualDate)}</td>
                <td className={`whitespace-nowrap px-3 py-2 ${m.slippageDays > 0 ? "font-medium text-red-700" : "text-slate-700"}`}>
                  {formatSlippage(m.slippageDays)}
                </td>
                <td className="px-3 py-2"><ProvenanceBadge provenance={m.provenance} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
