"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { ApiError, apiFetch, fieldMessage } from "@/lib/client/api";
import { CONFIDENCES, HEALTHS, LIFECYCLE_STATUSES } from "@/lib/domain/types";
import { HEALTH_LABELS, LIFECYCLE_LABELS } from "@/lib/format";
import type { InitiativeDetail } from "@/lib/server/portfolio";
import { zInitiativePatch } from "@/lib/validation/initiative";
import { EditPanel, FormError, SubmitRow, checkWith } from "./form-kit";
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

  const set =
    (key: keyof Draft) =>
    (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));
  const field = (name: keyof Draft, label: string, hint?: string) => ({
    id: `${id}-${name}`,
    label,
    hint,
    error: fieldMessage(error, name),
  });
  const bind = (name: keyof Draft, hint?: string) => ({
    id: `${id}-${name}`,
    name,
    value: draft[name],
    onChange: set(name),
    className: inputClass,
    "aria-invalid": !!fieldMessage(error, name),
    "aria-describedby": describedBy(`${id}-${name}`, fieldMessage(error, name), hint),
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
    >
      <form onSubmit={onSubmit} className="space-y-4" aria-label="Edit initiative" noValidate>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FormField {...field("lifecycleStatus", "Lifecycle status")}>
            <select {...bind("lifecycleStatus")}>
              {LIFECYCLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {LIFECYCLE_LABELS[s]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField {...field("health", "Health")}>
            <select {...bind("health")}>
              {HEALTHS.map((h) => (
                <option key={h} value={h}>
                  {HEALTH_LABELS[h]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField {...field("targetStart", "Target window starts")}>
            <input type="date" {...bind("targetStart")} />
          </FormField>
          <FormField {...field("targetEnd", "Target window ends")}>
            <input type="date" {...bind("targetEnd")} />
          </FormField>
          <FormField
            {...field("targetLabel", "Target label", "As the brief puts it, e.g. mid-2026")}
          >
            <input {...bind("targetLabel", "As the brief puts it, e.g. mid-2026")} />
          </FormField>
          <div className="sm:col-span-2 lg:col-span-3">
            <FormField {...field("targetNote", "Target note")}>
              <input {...bind("targetNote")} />
            </FormField>
          </div>
          <div className="sm:col-span-2 lg:col-span-4">
            <FormField {...field("summary", "Summary")}>
              <textarea rows={3} {...bind("summary")} />
            </FormField>
          </div>
          <div className="sm:col-span-2">
            <FormField {...field("reason", "Reason for the change (required)")}>
              <input required {...bind("reason")} />
            </FormField>
          </div>
          <FormField {...field("effectiveDate", "Effective date", "Empty means today")}>
            <input type="date" max={today} {...bind("effectiveDate", "Empty means today")} />
          </FormField>
          <FormField {...field("confidence", "Confidence")}>
            <select {...bind("confidence")}>
              <option value="">Not stated</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </FormField>
          <div className="sm:col-span-2 lg:col-span-4">
            <FormField {...field("evidenceUrl", "Evidence link")}>
              <input type="url" inputMode="url" placeholder="https://…" {...bind("evidenceUrl")} />
            </FormField>
          </div>
        </div>
        {conflict ? (
          <InitiativeConflict
            message={error!.message}
            mine={base}
            current={conflict}
            onReapply={() => reapply(conflict)}
            onDiscard={() => discard(conflict)}
          />
        ) : (
          <FormError error={error} />
        )}
        <SubmitRow
          pending={mutation.isPending}
          label="Save changes"
          pendingLabel="Saving…"
          done={saved}
        />
      </form>
    </EditPanel>
  );
}
