"use client";
import type { QueryClient } from "@tanstack/react-query";
import { milestonesKey } from "@/lib/client/use-milestone-update";
import type { MilestoneView } from "@/lib/views/milestone";

/** The milestone table reads its rows from the query cache, not from refreshed props: new or changed rows go there. */
export function putMilestone(queryClient: QueryClient, slug: string, view: MilestoneView): void {
  queryClient.setQueryData<MilestoneView[]>(milestonesKey(slug), (rows) => {
    if (!rows) return rows;
    return rows.some((r) => r.id === view.id)
      ? rows.map((r) => (r.id === view.id ? view : r))
      : [...rows, view];
  });
}
