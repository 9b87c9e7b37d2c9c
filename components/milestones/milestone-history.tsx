"use client";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ChangeEventList } from "@/components/history/change-event-list";
import { OptionList } from "@/components/ui/option-list";
import { apiFetch } from "@/lib/client/api";
import { FIELD_LABELS } from "@/lib/field-labels";
import { EDITED_FIELDS } from "./conflict-notice";
import type { ChangeEventView } from "@/lib/views/change-event";

const FILTERABLE = [...EDITED_FIELDS, "position", "created"];

export function MilestoneHistory({ milestoneId, title }: { milestoneId: string; title: string }) {
  const [field, setField] = useState("");
  const selectId = useId();
  const { data, error, isPending } = useQuery({
    queryKey: ["milestone-history", milestoneId, field],
    queryFn: () =>
      apiFetch<{ events: ChangeEventView[] }>(
        `/api/milestones/${milestoneId}/history${field ? `?field=${field}` : ""}`,
      ),
  });
  return (
    <div className="space-y-2" aria-live="polite">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">History of “{title}”</h3>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={selectId}>Field</label>
          <select
            id={selectId}
            value={field}
            onChange={(e) => setField(e.target.value)}
            className="rounded border border-slate-300 px-2 py-1"
          >
            <OptionList
              options={FILTERABLE.map((f) => [f, FIELD_LABELS[f]] as const)}
              empty="All fields"
            />
          </select>
        </div>
      </div>
      {isPending ? <p className="text-sm text-slate-600">Loading history…</p> : null}
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error.message}
        </p>
      ) : null}
      {data ? <ChangeEventList events={data.events} /> : null}
    </div>
  );
}
