"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { apiFetch, fieldMessage, type ApiError } from "@/lib/client/api";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import type { MilestoneView } from "@/lib/server/portfolio";
import { FormField, inputClass } from "@/components/ui/form-field";

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
      queryClient.setQueryData<MilestoneView[]>(milestonesKey(initiativeSlug), (rows) =>
        rows?.map((r) => (r.id === updated.id ? updated : r)),
      );
      router.refresh();
      onDone();
    },
  });
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Re-baseline this milestone…</summary>
      <p className="mt-1 text-xs text-slate-600">
        Moves the baseline itself (now {milestone.baselineDate}); the old baseline and your reason
        stay in the history.
      </p>
      <div className="mt-2 grid gap-3 md:grid-cols-3">
        <FormField
          id={`${id}-baseline`}
          label="New baseline date"
          error={fieldMessage(mutation.error, "baselineDate")}
        >
          <input
            id={`${id}-baseline`}
            type="date"
            value={baselineDate}
            onChange={(e) => setBaselineDate(e.target.value)}
            className={inputClass}
          />
        </FormField>
        <div className="md:col-span-2">
          <FormField
            id={`${id}-reason`}
            label="Why re-baseline (required)"
            error={fieldMessage(mutation.error, "reason")}
          >
            <input
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass}
            />
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
      <button
        type="button"
        onClick={() => mutation.mutate()}
        disabled={mutation.isPending}
        className="mt-2 rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-400 hover:bg-slate-100"
      >
        {mutation.isPending ? "Re-baselining…" : "Re-baseline"}
      </button>
    </details>
  );
}
