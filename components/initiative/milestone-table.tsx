"use client";
import { TitledSection } from "@/components/ui/titled-section";
import { useIsMutating, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SideSheet } from "@/components/ui/side-sheet";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import { byPlannedDate, isOpen } from "@/lib/domain/milestones";
import { useMilestoneMove } from "@/lib/client/use-milestone-order";
import type { MilestoneView } from "@/lib/views/milestone";
import { ChangeConfirmation } from "@/components/milestones/change-confirmation";
import type { SheetKind } from "@/components/milestones/milestone-actions";
import { MilestoneCard } from "@/components/milestones/milestone-card";
import { MilestoneEditForm, type SavedChange } from "@/components/milestones/milestone-edit-form";
import { MilestoneHistory } from "@/components/milestones/milestone-history";
import { MILESTONE_COLUMNS, MilestoneRow } from "@/components/milestones/milestone-row";
import { rowAfterMove, rowKeyAction, rowKeyHint } from "@/components/milestones/row-keys";
import {
  stillShown,
  useRowFocus,
  visibleMilestoneControl,
} from "@/components/milestones/use-row-focus";

type Sheet = { id: string; kind: SheetKind } | null;

type Order = "planned" | "plan";

const SORTS: Record<Order, (a: MilestoneView, b: MilestoneView) => number> = {
  planned: byPlannedDate,
  plan: (a, b) => a.position - b.position,
};

const SHEET_TITLES: Record<SheetKind, (title: string) => string> = {
  edit: (t) => `Edit “${t}”`,
  done: (t) => `Mark “${t}” done`,
  history: (t) => `History of “${t}”`,
};

/** The id of the milestone table's scroll box: a link there and one Tab reach the rows. */
export const MILESTONE_ROWS_ID = "milestone-rows";

type Props = {
  initiativeSlug: string;
  milestones: MilestoneView[];
  canEdit: boolean;
  today: string;
  asOfKey?: string | null;
};

export function MilestoneTable({
  initiativeSlug,
  milestones,
  canEdit,
  today,
  asOfKey = null,
}: Props) {
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
  const [sheet, setSheet] = useState<Sheet>(null);
  const [saved, setSaved] = useState<SavedChange | null>(null);
  const [order, setOrder] = useState<Order>("planned");
  const move = useMilestoneMove(initiativeSlug);
  const hintId = useId();
  const rows = [...(data ?? milestones)].sort(SORTS[order]);
  const ids = rows.map((m) => m.id);
  // Until the reader picks a row, Tab lands on the next open milestone: the one most likely to change.
  const focus = useRowFocus(ids, rows.find(isOpen)?.id ?? null);
  const inSheet = sheet ? rows.find((m) => m.id === sheet.id) : undefined;

  // The sheet's milestone outlives the sheet: focus goes back to it once the sheet has closed.
  const lastOpened = useRef<string | null>(null);
  const open = (id: string, kind: SheetKind) => {
    lastOpened.current = id;
    setSheet({ id, kind });
  };
  function onRowKeyDown(m: MilestoneView, event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const action = rowKeyAction(event.key, { canEdit, open: isOpen(m) });
    if (!action) return;
    event.preventDefault();
    if (action === "edit") open(m.id, "edit");
    else if (action === "markDone") open(m.id, "done");
    else if (action === "history") open(m.id, "history");
    else {
      const to = rowAfterMove(ids, m.id, action);
      if (to) focus.focusRow(to);
    }
  }
  function onSaved(change: SavedChange) {
    setSaved(change);
    setSheet(null);
  }
  const onMove = (m: MilestoneView) =>
    canEdit && order === "plan" && !asOfKey
      ? (step: -1 | 1) => move.mutate({ rows, id: m.id, step })
      : undefined;

  return (
    <TitledSection id="milestones" title="Milestones">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <p className="text-sm text-slate-600">
          Schedule says where each milestone stands today; “(plan)” marks a date the tracker
          estimated.
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
              className="min-h-6 rounded-md px-3 py-1 aria-pressed:bg-brand-700 aria-pressed:font-semibold aria-pressed:text-white"
            >
              {o === "planned" ? "By planned date" : "Plan order"}
            </button>
          ))}
        </div>
      </div>
      <p id={hintId} className="mt-1 hidden text-xs text-slate-600 sm:block">
        {rowKeyHint(canEdit)}
      </p>
      {move.error ? <Alert className="mt-2">{move.error.message}</Alert> : null}
      <div
        role="status"
        className="rounded-md text-sm text-emerald-900 has-[*]:mt-2 has-[*]:bg-emerald-50 has-[*]:px-3 has-[*]:py-2"
      >
        {saved ? (
          <ChangeConfirmation
            key={`${saved.updated.id}:${saved.updated.version}`}
            initiativeSlug={initiativeSlug}
            change={saved}
            onUndone={(id) => requestAnimationFrame(() => visibleMilestoneControl(id)?.focus())}
          />
        ) : null}
      </div>

      <ul className="mt-3 space-y-3 sm:hidden" aria-label="Milestones">
        {rows.map((m, index) => (
          <MilestoneCard
            key={m.id}
            milestone={m}
            today={today}
            canEdit={canEdit}
            onOpen={(kind) => open(m.id, kind)}
            onMove={onMove(m)}
            isFirst={index === 0}
            isLast={index === rows.length - 1}
          />
        ))}
      </ul>
      <div
        id={MILESTONE_ROWS_ID}
        className="relative mt-3 hidden scroll-mt-16 overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block"
      >
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">Milestones</caption>
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              {MILESTONE_COLUMNS.map((label) => (
                <th key={label} scope="col" className="px-3 py-2 font-medium">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m, index) => (
              <MilestoneRow
                key={m.id}
                milestone={m}
                today={today}
                canEdit={canEdit}
                current={focus.current === m.id}
                rowRef={focus.rowRef(m.id)}
                hintId={hintId}
                onFocus={() => focus.choose(m.id)}
                onKeyDown={(event) => onRowKeyDown(m, event)}
                onOpen={(kind) => open(m.id, kind)}
                onMove={onMove(m)}
                isFirst={index === 0}
                isLast={index === rows.length - 1}
              />
            ))}
          </tbody>
        </table>
      </div>

      <SideSheet
        open={!!inSheet}
        title={inSheet && sheet ? SHEET_TITLES[sheet.kind](inSheet.title) : ""}
        onClose={() => setSheet(null)}
        returnFocus={(opener) =>
          stillShown(opener)
            ? opener
            : lastOpened.current
              ? visibleMilestoneControl(lastOpened.current)
              : null
        }
      >
        {inSheet && sheet ? (
          sheet.kind === "history" ? (
            <MilestoneHistory milestoneId={inSheet.id} title={inSheet.title} />
          ) : (
            <MilestoneEditForm
              key={`${inSheet.id}:${sheet.kind}`}
              initiativeSlug={initiativeSlug}
              milestone={inSheet}
              today={today}
              intent={sheet.kind}
              onSaved={onSaved}
              onClose={() => setSheet(null)}
            />
          )
        ) : null}
      </SideSheet>
    </TitledSection>
  );
}
