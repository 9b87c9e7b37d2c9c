"use client";
import { TitledSection } from "@/components/ui/titled-section";
import { useIsMutating, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useEffect, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import { byPlannedDate } from "@/lib/domain/milestones";
import { useMilestoneMove } from "@/lib/client/use-milestone-order";
import type { MilestoneView } from "@/lib/views/milestone";
import { MilestoneEditForm } from "@/components/milestones/milestone-edit-form";
import { MilestoneHistory } from "@/components/milestones/milestone-history";
import { MilestoneRow } from "@/components/milestones/milestone-row";

type Panel = { id: string; kind: "edit" | "history" } | null;

type Order = "planned" | "plan";

const SORTS: Record<Order, (a: MilestoneView, b: MilestoneView) => number> = {
  planned: byPlannedDate,
  plan: (a, b) => a.position - b.position,
};

const COLUMNS = [
  ...["Milestone", "Side", "Status", "Baseline", "Planned", "Actual", "Slippage", "Provenance"].map(
    (label) => ({ label }),
  ),
  { key: "actions", label: <span className="sr-only">Actions</span> },
];

type Props = {
  initiativeSlug: string;
  milestones: MilestoneView[];
  canEdit: boolean;
  asOfKey?: string | null;
};

export function MilestoneTable({ initiativeSlug, milestones, canEdit, asOfKey = null }: Props) {
  // A past view has its own cache entry, so the live rows never flash over replayed ones (or back).
  const queryKey = useMemo(
    () => (asOfKey ? [...milestonesKey(initiativeSlug), asOfKey] : milestonesKey(initiativeSlug)),
    [initiativeSlug, asOfKey],
  );
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
  }, [milestones, queryKey, queryClient, saving]);
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
    <TitledSection id="milestones" title="Milestones">
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
      {move.error ? <Alert className="mt-2">{move.error.message}</Alert> : null}
      <div className="mt-3">
        <DataTable
          caption="Milestones"
          scrollLabel="Milestones table"
          columns={COLUMNS}
          className="min-w-[900px]"
        >
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
        </DataTable>
      </div>
    </TitledSection>
  );
}
