"use client";
import { DateField } from "@/components/ui/date-field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { apiFetch, fieldMessage, type ApiError } from "@/lib/client/api";
import type { MilestoneView } from "@/lib/views/milestone";
import { FormField } from "@/components/ui/form-field";
import { SubmitRow, fieldPropsFor } from "@/components/ui/form-kit";
import { putMilestone } from "@/components/initiative-editing/milestone-cache";

/** Re-baselining is rare and deliberate, so it sits behind its own disclosure with its own reason. */
export function RebaselineForm({
  initiativeSlug,
  milestone,
  onDone,
}: {
  initiativeSlug: string;
  milestone: MilestoneView;
  onDone: () => void;
}) {
  const [baselineDate, setBaselineDate] = useState(milestone.baselineDate);
  const [reason, setReason] = useState("");
  const id = useId();
  const queryClient = useQueryClient();
  const router = useRouter();
  const mutation = useMutation<MilestoneView, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/milestones/${milestone.id}/rebaseline`, {
        method: "POST",
        body: { version: milestone.version, baselineDate, reason },
      }),
    onSuccess: (updated) => {
      putMilestone(queryClient, initiativeSlug, updated);
      router.refresh();
      onDone();
    },
  });
  const field = fieldPropsFor(id, mutation.error);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Re-baseline this milestone…</summary>
      <p className="mt-1 text-xs text-slate-600">
        Moves the baseline itself (now {milestone.baselineDate}); the old baseline and your reason
        stay in the history.
      </p>
      <form onSubmit={onSubmit} noValidate aria-label={`Re-baseline ${milestone.title}`}>
        <div className="mt-2 grid gap-3 md:grid-cols-3">
          <FormField {...field("baselineDate", "New baseline date")}>
            {(p) => (
              <DateField
                {...p}
                value={baselineDate}
                onChange={(e) => setBaselineDate(e.target.value)}
              />
            )}
          </FormField>
          <div className="md:col-span-2">
            <FormField {...field("reason", "Why re-baseline (required)")}>
              {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </FormField>
          </div>
        </div>
        {mutation.error &&
        !fieldMessage(mutation.error, "baselineDate") &&
        !fieldMessage(mutation.error, "reason") ? (
          <p role="alert" className="mt-2 text-sm text-red-800">
            {mutation.error.message}
          </p>
        ) : null}
        <SubmitRow
          label="Re-baseline"
          pending={mutation.isPending}
          pendingLabel="Re-baselining…"
          variant="secondary"
          className="mt-2"
        />
      </form>
    </details>
  );
}
