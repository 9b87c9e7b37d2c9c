"use client";
import { useIsMutating, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useEffect, useState } from "react";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import type { MilestoneView } from "@/lib/server/portfolio";
import { MilestoneEditForm } from "@/components/milestones/milestone-edit-form";
import { MilestoneHistory } from "@/components/milestones/milestone-history";
import { MilestoneRow } from "@/components/milestones/milestone-row";

type Panel = { id: string; kind: "edit" | "history" } | null;

function byPlannedDate(a: MilestoneView, b: MilestoneView) {
  return a.plannedDate.localeCompare(b.plannedDate) || a.title.localeCompare(b.title);
}

type Props = { initiativeSlug: string; milestones: MilestoneView[]; canEdit: boolean; asOfKey?: string | null };

export function MilestoneTable({ initiativeSlug, milestones, canEdit, asOfKey = null }: Props) {
  // A past view has its own cache entry, so the live rows never flash over replayed ones (or back).
  const queryKey = asOfKey ? [...milestonesKey(initiativeSlug), asOfKey] : milestonesKey(initiativeSlug);
  const { data } = useQuery({
    queryKey,
    queryFn: async () => milestones,
    initialData: milestones,
    staleTime: Infinity,
  });
  const queryClient = useQueryClient();
  const saving = useIsMutating() > 0;
  // After router.refresh() the server sends fresh rows: adopt them unless a save is in flight.
  useEffect(() => {
    if (!saving) queryClient.setQueryData(queryKey, milestones);
    // queryKey is derived from initiativeSlug and asOfKey.
  }, [milestones, initiativeSlug, asOfKey, queryClient, saving]);
  const [panel, setPanel] = useState<Panel>(null);
  const rows = [...(data ?? milestones)].sort(byPlannedDate);
  const toggle = (id: string, kind: "edit" | "history") => setPanel((p) => (p?.id === id && p.kind === kind ? null : { id, kind }));
  // Closing the editor returns keyboard focus to the row's Edit button, not to the top of the page.
  const closeEditor = (id: string) => {
    setPanel(null);
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-milestone-id="${id}"] [data-action="edit"]`)?.focus());
  };

  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="text-lg font-semibold">Milestones</h2>
      <p className="text-sm text-slate-600">
        Sorted by planned date. Slippage compares the planned (or actual) date with the baseline.
        {canEdit ? " Choose Edit on a row to record a change; Escape closes the editor." : ""}
      </p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Milestones table">
        <table className="w-full min-w-[900px] text-left text-sm">
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
              <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m) => (
              <Fragment key={m.id}>
                <MilestoneRow
                  milestone={m}
                  canEdit={canEdit}
                  editing={panel?.id === m.id && panel.kind === "edit"}
                  showingHistory={panel?.id === m.id && panel.kind === "history"}
                  onEdit={() => toggle(m.id, "edit")}
                  onHistory={() => toggle(m.id, "history")}
                />
                {panel?.id === m.id ? (
                  <tr className="bg-slate-50">
                    <td colSpan={9} className="px-3 py-3">
                      {panel.kind === "edit" ? (
                        <MilestoneEditForm initiativeSlug={initiativeSlug} milestone={m} onClose={() => closeEditor(m.id)} />
                      ) : (
                        <MilestoneHistory milestoneId={m.id} title={m.title} />
                      )}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
