"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { ApiError, apiFetch, fieldMessage } from "@/lib/client/api";
import { CONFIDENCES, PROVENANCES, SIDES } from "@/lib/domain/types";
import { PROVENANCE_LABELS, SIDE_LABELS } from "@/lib/format";
import type { MilestoneView } from "@/lib/server/portfolio";
import { zNewMilestone } from "@/lib/validation/milestone";
import { EditPanel, FormError, SubmitRow, checkWith, formValues } from "./form-kit";
import { putMilestone } from "./milestone-cache";

export function AddMilestoneForm({
  slug,
  workstreams,
  today,
}: {
  slug: string;
  workstreams: string[];
  today: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation<
    MilestoneView,
    ApiError,
    { values: Record<string, string>; form: HTMLFormElement }
  >({
    mutationFn: async ({ values }) => {
      const body = { ...values, ...(values.weight ? { weight: Number(values.weight) } : {}) };
      checkWith(zNewMilestone(today), body);
      return apiFetch<MilestoneView>(`/api/initiatives/${slug}/milestones`, {
        method: "POST",
        body,
      });
    },
    onMutate: () => setDone(null),
    onSuccess: (created, { form }) => {
      putMilestone(queryClient, slug, created);
      form.reset();
      setDone(`Added "${created.title}".`);
      router.refresh();
    },
  });
  const error = mutation.error;

  // One labelled control with its server message; `hint` is read out with the control.
  const row = (
    name: string,
    label: string,
    control: (props: Record<string, unknown>) => ReactNode,
    hint?: string,
  ) => {
    const fieldId = `${id}-${name}`;
    const message = fieldMessage(error, name);
    return (
      <FormField id={fieldId} label={label} error={message} hint={hint}>
        {control({
          id: fieldId,
          name,
          className: inputClass,
          "aria-invalid": !!message,
          "aria-describedby": describedBy(fieldId, message, hint),
        })}
      </FormField>
    );
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ values: formValues(event.currentTarget), form: event.currentTarget });
  }

  return (
    <EditPanel title="Add milestone" hint="added at the end, not started" testId="add-milestone">
      <form onSubmit={onSubmit} className="space-y-3" aria-label="Add milestone" noValidate>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            {row("title", "Title (required)", (p) => (
              <input required {...p} />
            ))}
          </div>
          {row("side", "Responsible side", (p) => (
            <select defaultValue="joint" {...p}>
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {SIDE_LABELS[s]}
                </option>
              ))}
            </select>
          ))}
          {row("workstream", "Workstream", (p) => (
            <select defaultValue="" {...p}>
              <option value="">None</option>
              {workstreams.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          ))}
          <div className="sm:col-span-2 lg:col-span-4">
            {row("description", "Description", (p) => (
              <textarea rows={2} {...p} />
            ))}
          </div>
          {row("baselineDate", "Baseline date (required)", (p) => (
            <input type="date" required {...p} />
          ))}
          {row(
            "plannedDate",
            "Planned date",
            (p) => (
              <input type="date" {...p} />
            ),
            "Empty means the baseline date",
          )}
          {row("weight", "Weight", (p) => (
            <input type="number" min={1} max={100} defaultValue={1} {...p} />
          ))}
          {row("provenance", "Provenance", (p) => (
            <select defaultValue="planned_estimate" {...p}>
              {PROVENANCES.map((v) => (
                <option key={v} value={v}>
                  {PROVENANCE_LABELS[v]}
                </option>
              ))}
            </select>
          ))}
          <div className="sm:col-span-2">
            {row("reason", "Reason (required)", (p) => (
              <input required {...p} />
            ))}
          </div>
          {row(
            "effectiveDate",
            "Effective date",
            (p) => (
              <input type="date" max={today} {...p} />
            ),
            "Empty means today",
          )}
          {row("confidence", "Confidence", (p) => (
            <select defaultValue="" {...p}>
              <option value="">Not stated</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ))}
          <div className="sm:col-span-2 lg:col-span-4">
            {row("evidenceUrl", "Evidence link", (p) => (
              <input type="url" inputMode="url" placeholder="https://…" {...p} />
            ))}
          </div>
        </div>
        <FormError error={error} />
        <SubmitRow
          pending={mutation.isPending}
          label="Add milestone"
          pendingLabel="Adding…"
          done={done}
        />
      </form>
    </EditPanel>
  );
}
