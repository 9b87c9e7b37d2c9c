"use client";
import { DateField } from "@/components/ui/date-field";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { ChangeContextFields } from "@/components/ui/change-context-fields";
import { EditPanel } from "@/components/ui/edit-panel";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { checkWith, fieldPropsFor } from "@/components/ui/form-kit";
import { apiFetch, type ApiError } from "@/lib/client/api";
import { HEALTH_LABELS, LIFECYCLE_LABELS } from "@/lib/domain/labels";
import { HEALTHS, LIFECYCLE_STATUSES } from "@/lib/domain/types";
import type { InitiativeDetail } from "@/lib/views/initiative";
import { zInitiativePatch } from "@/lib/validation/initiative";
import { InitiativeConflict } from "./initiative-conflict";
import {
  draftOf,
  isPristine,
  patchOf,
  type Draft,
  type EditableInitiative,
} from "./initiative-draft";

type Vars = { from: EditableInitiative; version: number };

export function EditInitiativePanel({
  initiative,
  today,
}: {
  initiative: EditableInitiative;
  today: string;
}) {
  const router = useRouter();
  const id = useId();
  const [base, setBase] = useState(initiative);
  const [draft, setDraft] = useState(() => draftOf(initiative));
  const [seenVersion, setSeenVersion] = useState(initiative.version);
  const [saved, setSaved] = useState<string | null>(null);
  // A refresh after another save (a status update moving health, say) carries an untouched panel along.
  if (initiative.version !== seenVersion) {
    setSeenVersion(initiative.version);
    if (initiative.version > base.version && isPristine(base, draft)) {
      setBase(initiative);
      setDraft(draftOf(initiative));
    }
  }
  const mutation = useMutation<InitiativeDetail, ApiError, Vars>({
    mutationFn: async ({ from, version }) => {
      const patch = { ...patchOf(from, draft), version };
      checkWith(zInitiativePatch(today), patch);
      return apiFetch<InitiativeDetail>(`/api/initiatives/${from.slug}`, {
        method: "PATCH",
        body: patch,
      });
    },
    onMutate: () => setSaved(null),
    onSuccess: (updated) => {
      setBase(updated);
      setDraft(draftOf(updated));
      setSaved(`Saved as version ${updated.version}.`);
      router.refresh();
    },
  });
  const error = mutation.error;
  const conflict =
    error?.status === 409 ? (error.details.current as InitiativeDetail | undefined) : undefined;

  const field = fieldPropsFor(id, error);
  const bind = (name: string) => ({
    value: draft[name as keyof Draft],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [name]: e.target.value })),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ from: base, version: base.version });
  }
  function reapply(current: InitiativeDetail) {
    mutation.mutate({ from: base, version: current.version });
  }
  function discard(current: InitiativeDetail) {
    mutation.reset();
    setBase(current);
    setDraft(draftOf(current));
  }

  return (
    <EditPanel
      title="Edit initiative"
      hint="status, health, target window, summary"
      testId="edit-initiative"
      onSubmit={onSubmit}
      error={error}
      notice={
        conflict ? (
          <InitiativeConflict
            message={error!.message}
            mine={base}
            current={conflict}
            onReapply={() => reapply(conflict)}
            onDiscard={() => discard(conflict)}
          />
        ) : undefined
      }
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={mutation.isPending}
      done={saved}
      className="space-y-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField {...field("lifecycleStatus", "Lifecycle status")}>
          {(p) => (
            <select {...p} {...bind("lifecycleStatus")}>
              <OptionList options={labelled(LIFECYCLE_STATUSES, LIFECYCLE_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField {...field("health", "Health")}>
          {(p) => (
            <select {...p} {...bind("health")}>
              <OptionList options={labelled(HEALTHS, HEALTH_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField {...field("targetStart", "Target window starts")}>
          {(p) => <DateField {...p} {...bind("targetStart")} />}
        </FormField>
        <FormField {...field("targetEnd", "Target window ends")}>
          {(p) => <DateField {...p} {...bind("targetEnd")} />}
        </FormField>
        <FormField {...field("targetLabel", "Target label", "As the brief puts it, e.g. mid-2026")}>
          {(p) => <input {...p} {...bind("targetLabel")} />}
        </FormField>
        <div className="sm:col-span-2 lg:col-span-3">
          <FormField {...field("targetNote", "Target note")}>
            {(p) => <input {...p} {...bind("targetNote")} />}
          </FormField>
        </div>
        <div className="sm:col-span-2 lg:col-span-4">
          <FormField {...field("summary", "Summary")}>
            {(p) => <textarea rows={3} {...p} {...bind("summary")} />}
          </FormField>
        </div>
        <ChangeContextFields
          field={field}
          control={bind}
          today={today}
          reasonLabel="Reason for the change (required)"
        />
      </div>
    </EditPanel>
  );
}
