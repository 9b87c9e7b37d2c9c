"use client";
import { useState } from "react";
import { EditPanel } from "@/components/ui/edit-panel";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { checkWith } from "@/components/ui/form-kit";
import { usePanelForm } from "@/components/ui/use-panel-form";
import { apiFetch } from "@/lib/client/api";
import { HEALTH_LABELS } from "@/lib/domain/labels";
import { HEALTHS, type Health } from "@/lib/domain/types";
import type { InitiativeDetail } from "@/lib/views/initiative";
import { STATUS_BODY_MAX, STATUS_BODY_MIN, zNewStatusUpdate } from "@/lib/validation/status-update";

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
  const [length, setLength] = useState(0);
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
      return update.health === health
        ? "Update posted."
        : `Update posted; health is now ${HEALTH_LABELS[update.health]}.`;
    },
  });
  const bodyHint = `${length} of ${STATUS_BODY_MAX.toLocaleString("en")} characters; at least ${STATUS_BODY_MIN}.`;

  return (
    <EditPanel
      title="Post status update"
      hint="health and narrative"
      testId="post-status-update"
      submitLabel="Post update"
      pendingLabel="Posting…"
      {...panel}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          {...field("health", "Health", "A different health also changes the initiative's health")}
        >
          {(p) => (
            <select defaultValue={health} {...p}>
              <OptionList options={labelled(HEALTHS, HEALTH_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField {...field("effectiveDate", "Effective date", "Empty means today")}>
          {(p) => <input type="date" max={today} {...p} />}
        </FormField>
      </div>
      <FormField {...field("body", "What happened, and what comes next", bodyHint)}>
        {(p) => (
          <textarea
            rows={4}
            maxLength={STATUS_BODY_MAX}
            required
            onChange={(e) => setLength(e.target.value.length)}
            {...p}
          />
        )}
      </FormField>
    </EditPanel>
  );
}
