"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { MilestoneView } from "@/lib/views/milestone";
import { apiFetch, type ApiError } from "./api";
import { milestonesKey } from "./use-milestone-update";

type Moved = { milestones: { id: string; position: number; version: number }[] };

/** Moves one milestone a step earlier or later in the plan order, recorded like any change. */
export function useMilestoneMove(slug: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation<Moved, ApiError, { rows: MilestoneView[]; id: string; step: -1 | 1 }>({
    mutationFn: ({ rows, id, step }) => {
      const ids = rows.map((r) => r.id);
      const from = ids.indexOf(id);
      [ids[from], ids[from + step]] = [ids[from + step], ids[from]];
      const title = rows[from].title;
      return apiFetch<Moved>(`/api/initiatives/${slug}/milestones/order`, {
        method: "POST",
        body: {
          ids,
          reason: `Moved “${title}” ${step < 0 ? "earlier" : "later"} in the plan order`,
        },
      });
    },
    onSuccess: ({ milestones }) => {
      const byId = new Map(milestones.map((m) => [m.id, m]));
      queryClient.setQueryData<MilestoneView[]>(milestonesKey(slug), (rows) =>
        rows?.map((r) =>
          byId.has(r.id)
            ? { ...r, position: byId.get(r.id)!.position, version: byId.get(r.id)!.version }
            : r,
        ),
      );
      router.refresh();
    },
  });
}
