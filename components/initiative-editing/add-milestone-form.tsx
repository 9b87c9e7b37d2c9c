"use client";
import { DateField } from "@/components/ui/date-field";
import { useQueryClient } from "@tanstack/react-query";
import { EditPanel } from "@/components/ui/edit-panel";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { checkWith } from "@/components/ui/form-kit";
import { usePanelForm } from "@/components/ui/use-panel-form";
import { apiFetch } from "@/lib/client/api";
import { PROVENANCES, SIDES } from "@/lib/domain/types";
import { PROVENANCE_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import type { MilestoneView } from "@/lib/views/milestone";
import { zNewMilestone } from "@/lib/validation/milestone";
import { ChangeContextFields } from "@/components/ui/change-context-fields";
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
  const queryClient = useQueryClient();
  const { field, panel } = usePanelForm({
    send: (values) => {
      const body = { ...values, ...(values.weight ? { weight: Number(values.weight) } : {}) };
      checkWith(zNewMilestone(today), body);
      return apiFetch<MilestoneView>(`/api/initiatives/${slug}/milestones`, {
        method: "POST",
        body,
      });
    },
    onDone: (created) => {
      putMilestone(queryClient, slug, created);
      return `Added "${created.title}".`;
    },
  });

  return (
    <EditPanel
      title="Add milestone"
      hint="added at the end, not started"
      testId="add-milestone"
      submitLabel="Add milestone"
      pendingLabel="Adding…"
      {...panel}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <FormField {...field("title", "Title (required)")}>
            {(p) => <input required {...p} />}
          </FormField>
        </div>
        <FormField {...field("side", "Responsible side")}>
          {(p) => (
            <select defaultValue="joint" {...p}>
              <OptionList options={labelled(SIDES, SIDE_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField {...field("workstream", "Workstream")}>
          {(p) => (
            <select defaultValue="" {...p}>
              <OptionList options={workstreams} empty="None" />
            </select>
          )}
        </FormField>
        <div className="sm:col-span-2 lg:col-span-4">
          <FormField {...field("description", "Description")}>
            {(p) => <textarea rows={2} {...p} />}
          </FormField>
        </div>
        <FormField {...field("baselineDate", "Baseline date (required)")}>
          {(p) => <DateField required {...p} />}
        </FormField>
        <FormField {...field("plannedDate", "Planned date", "Empty means the baseline date")}>
          {(p) => <DateField {...p} />}
        </FormField>
        <FormField {...field("weight", "Weight")}>
          {(p) => <input type="number" min={1} max={100} defaultValue={1} {...p} />}
        </FormField>
        <FormField {...field("provenance", "Provenance")}>
          {(p) => (
            <select defaultValue="planned_estimate" {...p}>
              <OptionList options={labelled(PROVENANCES, PROVENANCE_LABELS)} />
            </select>
          )}
        </FormField>
        <ChangeContextFields field={field} today={today} />
      </div>
    </EditPanel>
  );
}
