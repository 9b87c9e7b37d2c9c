"use client";
import { useIsMutating, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useEffect, useState } from "react";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import { useMilestoneMove } from "@/lib/client/use-milestone-order";
import type { MilestoneView } from "@/lib/server/portfolio";
import { MilestoneEditForm } from "@/components/milestones/milestone-edit-form";
import { MilestoneHistory } from "@/components/milestones/milestone-history";
import { MilestoneRow } from "@/components/milestones/milestone-row";

type Panel = { id: string; kind: "edit" | "history" } | null;

type Order = "planned" | "plan";

const SORTS: Record<Order, (a: MilestoneView, b: MilestoneView) => number> = {
  planned: (a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.position - b.position,
  plan: (a, b) => a.position - b.position,
};

type Props = {
  initiativeSlug: string;
  milestones: MilestoneView[];
  canEdit: boolean;
  asOfKey?: string | null;
};

export function MilestoneTable({ initiativeSlug, milestones, canEdit, asOfKey = null }: Props) {
  // A past view has its own cache entry, so the live rows never flash over replayed ones (or back).
  const queryKey = asOfKey
    ? [...milestonesKey(initiativeSlug), asOfKey]
    : milestonesKey(initiativeSlug);
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
  const [order, setOrder] = useState<Order>("planned");
  const move = useMilestoneMove(initiativeSlug);
  const rows = [...(data ?? milestones)].sort(SORTS[order]);
  const toggle = (id: string, kind: "edit" | "history") =>
    setPanel((p) => (p?.id === id && p.kind === kind ? null : { id, kind }));
  // Closing the editor returns keyboard focus to the row's Edit button, not to the top of the page.
  const closeEditor = (id: string) => {
    setPanel(null);
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLButtonElement>(`[data-milestone-id="${id}"] [data-action="edit"]`)
        ?.focus(),
    );
  };

  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="text-lg font-semibold">
        Milestones
      </h2>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <p className="text-sm text-slate-600">
          Slippage compares the planned (or actual) date with the baseline.
          {canEdit ? " Choose Edit on a row to record a change; Escape closes the editor." : ""}
        </p>
        <div
          role="group"
          aria-label="Order of the milestones"
          className="inline-flex rounded-md text-sm ring-1 ring-inset ring-slate-300"
        >
          {(["planned", "plan"] as const).map((o) => (
            <button
              key={o}
              type="button"
              aria-pressed={order === o}
              onClick={() => setOrder(o)}
              className="rounded-md px-3 py-1 aria-pressed:bg-brand-700 aria-pressed:font-semibold aria-pressed:text-white"
            >
              {o === "planned" ? "By planned date" : "Plan order"}
            </button>
          ))}
        </div>
      </div>
      {move.error ? (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {move.error.message}
        </p>
      ) : null}
      <div
        className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label="Milestones table"
      >
        <table className="w-full min-w-[900px] text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Milestone
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Side
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Baseline
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Planned
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Actual
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Slippage
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Provenance
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m, index) => (
              <Fragment key={m.id}>
                <MilestoneRow
                  milestone={m}
                  canEdit={canEdit}
                  editing={panel?.id === m.id && panel.kind === "edit"}
                  showingHistory={panel?.id === m.id && panel.kind === "history"}
                  onEdit={() => toggle(m.id, "edit")}
                  onHistory={() => toggle(m.id, "history")}
                  onMove={
                    canEdit && order === "plan" && !asOfKey
                      ? (step) => move.mutate({ rows, id: m.id, step })
                      : undefined
                  }
                  isFirst={index === 0}
                  isLast={index === rows.length - 1}
                />
                {panel?.id === m.id ? (
                  <tr className="bg-slate-50">
                    <td colSpan={9} className="px-3 py-3">
                      {panel.kind === "edit" ? (
                        <MilestoneEditForm
                          initiativeSlug={initiativeSlug}
                          milestone={m}
                          onClose={() => closeEditor(m.id)}
                        />
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
