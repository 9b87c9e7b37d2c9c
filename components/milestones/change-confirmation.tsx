"use client";
import { useState } from "react";
import { useMilestoneUpdate } from "@/lib/client/use-milestone-update";
import { describeChange, undoPatch } from "./milestone-draft";
import type { SavedChange } from "./milestone-edit-form";

/**
 * What the last save changed, with Undo: a new versioned change that puts the old values back, so
 * the history keeps both. Rendered inside a status region that is always on the page.
 */
export function ChangeConfirmation({
  initiativeSlug,
  change,
  onUndone,
}: {
  initiativeSlug: string;
  change: SavedChange;
  onUndone: (milestoneId: string) => void;
}) {
  const mutation = useMilestoneUpdate(initiativeSlug);
  const [undone, setUndone] = useState(false);
  const { previous, updated, reason } = change;
  const patch = undoPatch(previous, updated, reason);
  const title = `“${updated.title}”`;

  if (undone) return <p>Undone: {title} is back as it was. Both changes stay in its history.</p>;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p>
        Saved {title}: {describeChange(previous, updated)}.
      </p>
      {patch ? (
        <button
          type="button"
          aria-disabled={mutation.isPending}
          onClick={() => {
            if (mutation.isPending) return;
            mutation.mutate(
              { id: updated.id, patch },
              {
                onSuccess: () => {
                  setUndone(true);
                  onUndone(updated.id);
                },
              },
            );
          }}
          className="min-h-6 rounded-md px-2.5 py-1 text-xs font-semibold ring-1 ring-inset ring-emerald-700 hover:bg-emerald-100 aria-disabled:opacity-60"
        >
          {mutation.isPending ? "Undoing…" : "Undo"}
        </button>
      ) : null}
      {mutation.error ? (
        <p className="w-full text-red-800">Could not undo: {mutation.error.message}</p>
      ) : null}
    </div>
  );
}
