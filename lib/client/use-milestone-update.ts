"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { MilestoneView } from "@/lib/views/milestone";
import { apiFetch, type ApiError } from "./api";

export type MilestonePatchInput = {
  version: number;
  status?: string;
  percentComplete?: number;
  plannedDate?: string;
  actualDate?: string | null;
  side?: string;
  reason: string;
  effectiveDate?: string;
  evidenceUrl?: string;
  confidence?: string;
};

export const milestonesKey = (slug: string) => ["initiative", slug, "milestones"] as const;

/**
 * PATCH with an optimistic row: the table shows the new values at once and rolls back if the
 * server refuses, keeping the server's message (and, on 409, the other person's version).
 */
export function useMilestoneUpdate(slug: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation<
    MilestoneView,
    ApiError,
    { id: string; patch: MilestonePatchInput },
    { previous?: MilestoneView[] }
  >({
    mutationFn: ({ id, patch }) =>
      apiFetch<MilestoneView>(`/api/milestones/${id}`, { method: "PATCH", body: patch }),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: milestonesKey(slug) });
      const previous = queryClient.getQueryData<MilestoneView[]>(milestonesKey(slug));
      const {
        reason: _reason,
        effectiveDate: _e,
        evidenceUrl: _u,
        confidence: _c,
        version: _v,
        ...fields
      } = patch;
      queryClient.setQueryData<MilestoneView[]>(milestonesKey(slug), (rows) =>
        rows?.map((row) => (row.id === id ? ({ ...row, ...fields } as MilestoneView) : row)),
      );
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(milestonesKey(slug), context.previous);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData<MilestoneView[]>(milestonesKey(slug), (rows) =>
        rows?.map((row) => (row.id === updated.id ? updated : row)),
      );
      queryClient.invalidateQueries({ queryKey: ["milestone-history", updated.id] });
      // Progress figures elsewhere on the page are server-rendered: refresh them without a reload.
      router.refresh();
    },
  });
}
