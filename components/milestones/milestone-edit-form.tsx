"use client";
import { DateField } from "@/components/ui/date-field";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, fieldMessage } from "@/lib/client/api";
import { useMilestoneUpdate } from "@/lib/client/use-milestone-update";
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
import {
  EDITABLE_FIELDS,
  draftOf,
  markDoneDraft,
  patchOf,
  withStatus,
  type Draft,
} from "./milestone-draft";
import { RebaselineForm } from "./rebaseline-form";

const FIELDS_WITH_MESSAGES = [
  ...EDITABLE_FIELDS,
  "reason",
  "effectiveDate",
  "confidence",
  "evidenceUrl",
];

/** A saved change: the milestone before and after, and why, so it can be confirmed and undone. */
export type SavedChange = { previous: MilestoneView; updated: MilestoneView; reason: string };

/**
 * The milestone editor. `intent` "done" opens it as "Mark done": done today at 100% with a reason
 * written, focus on the evidence link, so typing the link and pressing Enter records it.
 */
export function MilestoneEditForm({
  initiativeSlug,
  milestone,
  today,
  intent = "edit",
  onSaved,
  onClose,
}: {
  initiativeSlug: string;
  milestone: MilestoneView;
  today: string;
  intent?: "edit" | "done";
  onSaved: (change: SavedChange) => void;
  onClose: () => void;
}) {
  const [base, setBase] = useState(milestone);
  const [draft, setDraft] = useState(() =>
    intent === "done" ? markDoneDraft(milestone, today) : draftOf(milestone),
  );
  const mutation = useMilestoneUpdate(initiativeSlug);
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const error = mutation.error;
  const conflict =
    error instanceof ApiError && error.status === 409
      ? (error.details.current as MilestoneView | undefined)
      : undefined;

  // A refused save puts focus on the first field it names (or on the conflict), never on the page.
  useEffect(() => {
    if (!error) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="conflict-notice"]')
      ?.focus();
  }, [error]);

  const bind = (name: string) => ({
    value: draft[name as keyof Draft],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) =>
        name === "status"
          ? withStatus(d, e.target.value, today, base)
          : { ...d, [name]: e.target.value },
      ),
    "data-autofocus": intent === "done" && name === "evidenceUrl" ? "" : undefined,
  });

  /** Sends what the draft changes from `mine`, on the version of `previous` (what it replaces). */
  function save(mine: MilestoneView, previous: MilestoneView) {
    const reason = draft.reason;
    mutation.mutate(
      { id: milestone.id, patch: patchOf({ ...mine, version: previous.version }, draft) },
      { onSuccess: (updated) => onSaved({ previous, updated, reason }) },
    );
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!mutation.isPending) save(base, base);
  }
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }
  function adoptCurrent(current: MilestoneView, reapply: boolean) {
    putMilestone(queryClient, initiativeSlug, current);
    setBase(current);
    mutation.reset();
    if (reapply) save(base, current);
    else onClose();
  }

  const field = fieldPropsFor(id, error);
  const title = intent === "done" ? `Mark ${milestone.title} done` : `Edit ${milestone.title}`;
  return (
    <div className="space-y-4">
      {intent === "done" ? (
        <p className="text-sm text-slate-700" id={`${id}-intro`}>
          Done today at 100%. Paste the evidence link and press Enter to save; change the date or
          reason first if they differ.
        </p>
      ) : null}
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        className="space-y-3"
        aria-label={title}
        aria-describedby={intent === "done" ? `${id}-intro` : undefined}
        noValidate
      >
        <div className="grid grid-cols-2 gap-3">
          <FormField {...field("status", "Status")}>
            {(p) => (
              <select
                {...p}
                {...bind("status")}
                data-autofocus={intent === "edit" ? "" : undefined}
              >
                <OptionList options={labelled(MILESTONE_STATUSES, MILESTONE_STATUS_LABELS)} />
              </select>
            )}
          </FormField>
          <FormField {...field("percentComplete", "Percent complete")}>
            {(p) => <input type="number" min={0} max={100} {...p} {...bind("percentComplete")} />}
          </FormField>
          <FormField {...field("plannedDate", "Planned date")}>
            {(p) => <DateField {...p} {...bind("plannedDate")} />}
          </FormField>
          <FormField {...field("actualDate", "Actual date")}>
            {(p) => <DateField max={today} {...p} {...bind("actualDate")} />}
          </FormField>
          <FormField {...field("side", "Responsible side")}>
            {(p) => (
              <select {...p} {...bind("side")}>
                <OptionList options={labelled(SIDES, SIDE_LABELS)} />
              </select>
            )}
          </FormField>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <ChangeContextFields
            field={field}
            control={bind}
            today={today}
            evidenceLabel="Evidence link (required to mark done)"
            halfSpan="col-span-2"
            fullSpan="col-span-2"
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
        <SubmitRow
          label="Save change"
          pending={mutation.isPending}
          pendingLabel="Saving…"
          keepFocus
        >
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Cancel
          </button>
        </SubmitRow>
        <p className="text-xs text-slate-600">Enter or Ctrl+Enter saves; Escape closes.</p>
      </form>
      {intent === "edit" ? (
        <RebaselineForm initiativeSlug={initiativeSlug} milestone={base} onDone={onClose} />
      ) : null}
    </div>
  );
}
