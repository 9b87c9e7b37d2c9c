"use client";
import { useState } from "react";
import { SideSheet } from "@/components/ui/side-sheet";
import type { Health } from "@/lib/domain/types";
import { StatusUpdateForm } from "./status-update-form";

/** The initiative header's "Post status update": the form opens in a side sheet over the page. */
export function PostStatusUpdate({
  slug,
  health,
  today,
}: {
  slug: string;
  health: Health;
  today: string;
}) {
  const [open, setOpen] = useState(false);
  const [posted, setPosted] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setPosted("");
          setOpen(true);
        }}
        className="min-h-6 rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Post status update
      </button>
      <p role="status" className="text-sm text-emerald-800">
        {posted}
      </p>
      <SideSheet open={open} title="Post status update" onClose={() => setOpen(false)}>
        <StatusUpdateForm
          slug={slug}
          health={health}
          today={today}
          onPosted={(message) => {
            setPosted(message);
            setOpen(false);
          }}
        />
      </SideSheet>
    </div>
  );
}
