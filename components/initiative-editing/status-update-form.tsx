"use client";
import { DateField } from "@/components/ui/date-field";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { FormError, SubmitRow, checkWith } from "@/components/ui/form-kit";
import { usePanelForm } from "@/components/ui/use-panel-form";
import { apiFetch } from "@/lib/client/api";
import { HEALTH_LABELS } from "@/lib/domain/labels";
import { HEALTHS, type Health } from "@/lib/domain/types";
import type { InitiativeDetail } from "@/lib/views/initiative";
import { STATUS_BODY_MAX, STATUS_BODY_MIN, zNewStatusUpdate } from "@/lib/validation/status-update";

type StatusUpdateView = InitiativeDetail["statusUpdates"][number];

/** A dated status update; `onPosted` hears what was posted, in a sentence to confirm it with. */
export function StatusUpdateForm({
  slug,
  health,
  today,
  onPosted,
}: {
  slug: string;
  health: Health;
  today: string;
  onPosted: (message: string) => void;
}) {
  const [length, setLength] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { field, panel } = usePanelForm({
    send: (body) => {
      checkWith(zNewStatusUpdate(today), body);
      return apiFetch<StatusUpdateView>(`/api/initiatives/${slug}/updates`, {
        method: "POST",
        body,
      });
    },
    onDone: (update) => {
      setLength(0);
      const message =
        update.health === health
          ? "Update posted."
          : `Update posted; health is now ${HEALTH_LABELS[update.health]}.`;
      onPosted(message);
      return message;
    },
  });
  // A refused post puts focus on the first field it names.
  useEffect(() => {
    if (panel.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [panel.error]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (panel.pending) event.preventDefault();
    else panel.onSubmit(event);
  }
  const bodyHint = `${length} of ${STATUS_BODY_MAX.toLocaleString("en")} characters; at least ${STATUS_BODY_MIN}.`;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label="Post status update"
      noValidate
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          {...field("health", "Health", "A different health also changes the initiative's health")}
        >
          {(p) => (
            <select defaultValue={health} {...p} data-autofocus="">
              <OptionList options={labelled(HEALTHS, HEALTH_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField {...field("effectiveDate", "Effective date", "Empty means today")}>
          {(p) => <DateField max={today} {...p} />}
        </FormField>
      </div>
      <FormField {...field("body", "What happened, and what comes next", bodyHint)}>
        {(p) => (
          <textarea
            rows={6}
            maxLength={STATUS_BODY_MAX}
            required
            onChange={(e) => setLength(e.target.value.length)}
            {...p}
          />
        )}
      </FormField>
      <FormError error={panel.error} />
      <SubmitRow label="Post update" pending={panel.pending} pendingLabel="Posting…" keepFocus />
    </form>
  );
}
