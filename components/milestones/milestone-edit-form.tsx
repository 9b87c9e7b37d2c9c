"use client";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, fieldMessage } from "@/lib/client/api";
import {
  milestonesKey,
  useMilestoneUpdate,
  type MilestonePatchInput,
} from "@/lib/client/use-milestone-update";
import { CONFIDENCES, MILESTONE_STATUSES, SIDES } from "@/lib/domain/types";
import { MILESTONE_STATUS_LABELS, SIDE_LABELS } from "@/lib/format";
import type { MilestoneView } from "@/lib/server/portfolio";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
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
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

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
    queryClient.setQueryData<MilestoneView[]>(milestonesKey(initiativeSlug), (rows) =>
      rows?.map((r) => (r.id === current.id ? current : r)),
    );
    setBase(current);
    mutation.reset();
    if (reapply)
      mutation.mutate(
        { id: current.id, patch: patchOf({ ...base, version: current.version }, draft) },
        { onSuccess: () => onClose() },
      );
    else onClose();
  }

  const field = (name: string) => ({ id: `${id}-${name}`, error: fieldMessage(error, name) });
  return (
    <div className="space-y-3" onKeyDown={onKeyDown}>
      <form
        onSubmit={onSubmit}
        className="space-y-3"
        aria-label={`Edit ${milestone.title}`}
        noValidate
      >
        <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <FormField label="Status" {...field("status")}>
            <select
              id={`${id}-status`}
              aria-describedby={describedBy(`${id}-status`, fieldMessage(error, "status"))}
              value={draft.status}
              onChange={set("status")}
              className={inputClass}
              autoFocus
            >
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {MILESTONE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Percent complete" {...field("percentComplete")}>
            <input
              id={`${id}-percentComplete`}
              aria-describedby={describedBy(
                `${id}-percentComplete`,
                fieldMessage(error, "percentComplete"),
              )}
              type="number"
              min={0}
              max={100}
              value={draft.percentComplete}
              onChange={set("percentComplete")}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "percentComplete")}
            />
          </FormField>
          <FormField label="Planned date" {...field("plannedDate")}>
            <input
              id={`${id}-plannedDate`}
              aria-describedby={describedBy(
                `${id}-plannedDate`,
                fieldMessage(error, "plannedDate"),
              )}
              type="date"
              value={draft.plannedDate}
              onChange={set("plannedDate")}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "plannedDate")}
            />
          </FormField>
          <FormField label="Actual date" {...field("actualDate")}>
            <input
              id={`${id}-actualDate`}
              aria-describedby={describedBy(`${id}-actualDate`, fieldMessage(error, "actualDate"))}
              type="date"
              value={draft.actualDate}
              onChange={set("actualDate")}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "actualDate")}
            />
          </FormField>
          <FormField label="Responsible side" {...field("side")}>
            <select
              id={`${id}-side`}
              aria-describedby={describedBy(`${id}-side`, fieldMessage(error, "side"))}
              value={draft.side}
              onChange={set("side")}
              className={inputClass}
            >
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {SIDE_LABELS[s]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className="grid gap-3 md:grid-cols-4">
          <div className="md:col-span-2">
            <FormField label="Reason (required)" {...field("reason")}>
              <input
                id={`${id}-reason`}
                value={draft.reason}
                onChange={set("reason")}
                required
                className={inputClass}
                aria-invalid={!!fieldMessage(error, "reason")}
                aria-describedby={describedBy(`${id}-reason`, fieldMessage(error, "reason"))}
              />
            </FormField>
          </div>
          <FormField label="Effective date" hint="Empty means today" {...field("effectiveDate")}>
            <input
              id={`${id}-effectiveDate`}
              type="date"
              value={draft.effectiveDate}
              onChange={set("effectiveDate")}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "effectiveDate")}
              aria-describedby={describedBy(
                `${id}-effectiveDate`,
                fieldMessage(error, "effectiveDate"),
                "Empty means today",
              )}
            />
          </FormField>
          <FormField label="Confidence" {...field("confidence")}>
            <select
              id={`${id}-confidence`}
              aria-describedby={describedBy(`${id}-confidence`, fieldMessage(error, "confidence"))}
              value={draft.confidence}
              onChange={set("confidence")}
              className={inputClass}
            >
              <option value="">Not stated</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </FormField>
          <div className="md:col-span-4">
            <FormField label="Evidence link (required to mark done)" {...field("evidenceUrl")}>
              <input
                id={`${id}-evidenceUrl`}
                type="url"
                inputMode="url"
                placeholder="https://…"
                value={draft.evidenceUrl}
                onChange={set("evidenceUrl")}
                className={inputClass}
                aria-invalid={!!fieldMessage(error, "evidenceUrl")}
                aria-describedby={describedBy(
                  `${id}-evidenceUrl`,
                  fieldMessage(error, "evidenceUrl"),
                )}
              />
            </FormField>
          </div>
        </div>
        {conflict ? (
          <ConflictNotice
            mine={base}
            current={conflict}
            onReapply={() => adoptCurrent(conflict, true)}
            onDiscard={() => adoptCurrent(conflict, false)}
          />
        ) : error && !FIELDS_WITH_MESSAGES.some((f) => fieldMessage(error, f)) ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error.message}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            disabled={mutation.isPending}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {mutation.isPending ? "Saving…" : "Save change"}
          </button>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Cancel
          </button>
        </div>
      </form>
      <RebaselineForm initiativeSlug={initiativeSlug} milestone={base} onDone={onClose} />
    </div>
  );
}
