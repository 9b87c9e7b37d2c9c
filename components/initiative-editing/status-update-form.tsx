"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { ApiError, apiFetch, fieldMessage } from "@/lib/client/api";
import { HEALTHS, type Health } from "@/lib/domain/types";
import { HEALTH_LABELS } from "@/lib/format";
import type { InitiativeDetail } from "@/lib/server/portfolio";
import { zNewStatusUpdate } from "@/lib/validation/status-update";
import { EditPanel, FormError, SubmitRow, checkWith, formValues } from "./form-kit";

type StatusUpdateView = InitiativeDetail["statusUpdates"][number];

export function StatusUpdateForm({
  slug,
  health,
  today,
}: {
  slug: string;
  health: Health;
  today: string;
}) {
  const router = useRouter();
  const id = useId();
  const [length, setLength] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation<
    StatusUpdateView,
    ApiError,
    { body: Record<string, string>; form: HTMLFormElement }
  >({
    mutationFn: async ({ body }) => {
      checkWith(zNewStatusUpdate(today), body);
      return apiFetch<StatusUpdateView>(`/api/initiatives/${slug}/updates`, {
        method: "POST",
        body,
      });
    },
    onMutate: () => setDone(null),
    onSuccess: (update, { form }) => {
      form.reset();
      setLength(0);
      setDone(
        update.health === health
          ? "Update posted."
          : `Update posted; health is now ${HEALTH_LABELS[update.health]}.`,
      );
      router.refresh();
    },
  });
  const error = mutation.error;
  const ids = { health: `${id}-health`, body: `${id}-body`, effectiveDate: `${id}-effectiveDate` };
  const bodyHint = `${length} of 4,000 characters; at least 10.`;
  const healthHint = "A different health also changes the initiative's health";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ body: formValues(event.currentTarget), form: event.currentTarget });
  }

  return (
    <EditPanel title="Post status update" hint="health and narrative" testId="post-status-update">
      <form onSubmit={onSubmit} className="space-y-3" aria-label="Post status update" noValidate>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id={ids.health}
            label="Health"
            error={fieldMessage(error, "health")}
            hint={healthHint}
          >
            <select
              id={ids.health}
              name="health"
              defaultValue={health}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "health")}
              aria-describedby={describedBy(ids.health, fieldMessage(error, "health"), healthHint)}
            >
              {HEALTHS.map((h) => (
                <option key={h} value={h}>
                  {HEALTH_LABELS[h]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            id={ids.effectiveDate}
            label="Effective date"
            error={fieldMessage(error, "effectiveDate")}
            hint="Empty means today"
          >
            <input
              id={ids.effectiveDate}
              name="effectiveDate"
              type="date"
              max={today}
              className={inputClass}
              aria-invalid={!!fieldMessage(error, "effectiveDate")}
              aria-describedby={describedBy(
                ids.effectiveDate,
                fieldMessage(error, "effectiveDate"),
                "Empty means today",
              )}
            />
          </FormField>
        </div>
        <FormField
          id={ids.body}
          label="What happened, and what comes next"
          error={fieldMessage(error, "body")}
          hint={bodyHint}
        >
          <textarea
            id={ids.body}
            name="body"
            rows={4}
            maxLength={4000}
            required
            onChange={(e) => setLength(e.target.value.length)}
            className={inputClass}
            aria-invalid={!!fieldMessage(error, "body")}
            aria-describedby={describedBy(ids.body, fieldMessage(error, "body"), bodyHint)}
          />
        </FormField>
        <FormError error={error} />
        <SubmitRow
          pending={mutation.isPending}
          label="Post update"
          pendingLabel="Posting…"
          done={done}
        />
      </form>
    </EditPanel>
  );
}
