"use client";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, fieldMessage } from "@/lib/client/api";
import { useMilestoneUpdate, type MilestonePatchInput } from "@/lib/client/use-milestone-update";
import { MILESTONE_STATUS_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import { MILESTONE_STATUSES, SIDES } from "@/lib/domain/types";
import type { MilestoneView } from "@/lib/views/milestone";
import { Alert } from "@/components/ui/alert";
import { ChangeContextFields } from "@/components/ui/change-context-fields";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { SubmitRow, fieldPropsFor } from "@/components/ui/form-kit";
import { putMilestone } from "@/components/initiative-editing/milestone-cache";
import { ConflictNotice } from "./conflict-notice";
import { RebaselineForm } from "./rebaseline-form";

const FIELDS_WITH_MESSAGES = [
  "status",
  "percentComplete",
  "plannedDate",
  "actualDate",
  "side",
  "reason",
  "effectiveDate",
  "confidence",
  "evidenceUrl",
];

type Draft = {
  status: string;
  percentComplete: string;
  plannedDate: string;
  actualDate: string;
  side: string;
  reason: string;
  effectiveDate: string;
  evidenceUrl: string;
  confidence: string;
};

function draftOf(m: MilestoneView): Draft {
  return {
    status: m.status,
    percentComplete: String(m.percentComplete),
    plannedDate: m.plannedDate,
    actualDate: m.actualDate ?? "",
    side: m.side,
    reason: "",
    effectiveDate: "",
    evidenceUrl: "",
    confidence: "",
  };
}

/** Only what the analyst changed is sent, with the version the form was opened on. */
function patchOf(base: MilestoneView, d: Draft): MilestonePatchInput {
  const patch: MilestonePatchInput = { version: base.version, reason: d.reason };
  if (d.status !== base.status) patch.status = d.status;
  if (d.percentComplete !== String(base.percentComplete))
    patch.percentComplete = Number(d.percentComplete);
  if (d.plannedDate !== base.plannedDate) patch.plannedDate = d.plannedDate;
  if (d.actualDate !== (base.actualDate ?? "")) patch.actualDate = d.actualDate || null;
  if (d.side !== base.side) patch.side = d.side;
  if (d.effectiveDate) patch.effectiveDate = d.effectiveDate;
  if (d.evidenceUrl) patch.evidenceUrl = d.evidenceUrl;
  if (d.confidence) patch.confidence = d.confidence;
  return patch;
}

export function MilestoneEditForm({
  initiativeSlug,
  milestone,
  onClose,
}: {
  initiativeSlug: string;
  milestone: MilestoneView;
  onClose: () => void;
}) {
  const [base, setBase] = useState(milestone);
  const [draft, setDraft] = useState(() => draftOf(milestone));
  const mutation = useMilestoneUpdate(initiativeSlug);
  const queryClient = useQueryClient();
  const id = useId();
  const error = mutation.error;
  const conflict =
    error instanceof ApiError && error.status === 409
      ? (error.details.current as MilestoneView | undefined)
      : undefined;
  const bind = (name: string) => ({
    value: draft[name as keyof Draft],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [name]: e.target.value })),
  });

  function submit(onBase: MilestoneView) {
    mutation.mutate(
      { id: milestone.id, patch: patchOf(onBase, draft) },
      { onSuccess: () => onClose() },
    );
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(base);
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") onClose();
  }
  function adoptCurrent(current: MilestoneView, reapply: boolean) {
    putMilestone(queryClient, initiativeSlug, current);
    setBase(current);
    mutation.reset();
    if (reapply)
      mutation.mutate(
        { id: current.id, patch: patchOf({ ...base, version: current.version }, draft) },
        { onSuccess: () => onClose() },
      );
    else onClose();
  }

  const field = fieldPropsFor(id, error);
  return (
    <div className="space-y-3" onKeyDown={onKeyDown}>
      <form
        onSubmit={onSubmit}
        className="space-y-3"
        aria-label={`Edit ${milestone.title}`}
        noValidate
      >
        <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <FormField {...field("status", "Status")}>
            {(p) => (
              <select {...p} {...bind("status")} autoFocus>
                <OptionList options={labelled(MILESTONE_STATUSES, MILESTONE_STATUS_LABELS)} />
              </select>
            )}
          </FormField>
          <FormField {...field("percentComplete", "Percent complete")}>
            {(p) => <input type="number" min={0} max={100} {...p} {...bind("percentComplete")} />}
          </FormField>
          <FormField {...field("plannedDate", "Planned date")}>
            {(p) => <input type="date" {...p} {...bind("plannedDate")} />}
          </FormField>
          <FormField {...field("actualDate", "Actual date")}>
            {(p) => <input type="date" {...p} {...bind("actualDate")} />}
          </FormField>
          <FormField {...field("side", "Responsible side")}>
            {(p) => (
              <select {...p} {...bind("side")}>
                <OptionList options={labelled(SIDES, SIDE_LABELS)} />
              </select>
            )}
          </FormField>
        </div>
        <div className="grid gap-3 md:grid-cols-4">
          <ChangeContextFields
            field={field}
            control={bind}
            evidenceLabel="Evidence link (required to mark done)"
            halfSpan="md:col-span-2"
            fullSpan="md:col-span-4"
          />
        </div>
        {conflict ? (
          <ConflictNotice
            mine={base}
            current={conflict}
            onReapply={() => adoptCurrent(conflict, true)}
            onDiscard={() => adoptCurrent(conflict, false)}
          />
        ) : error && !FIELDS_WITH_MESSAGES.some((f) => fieldMessage(error, f)) ? (
          <Alert>{error.message}</Alert>
        ) : null}
        <SubmitRow label="Save change" pending={mutation.isPending} pendingLabel="Saving…">
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Cancel
          </button>
        </SubmitRow>
      </form>
      <RebaselineForm initiativeSlug={initiativeSlug} milestone={base} onDone={onClose} />
    </div>
  );
}
