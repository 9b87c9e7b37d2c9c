"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/components/ui/buttons";
import { FormError } from "@/components/ui/form-kit";

type Props = {
  /** Visible text of the first button, e.g. "Deactivate". */
  label: string;
  /** Names what it acts on for screen readers, e.g. "Deactivate Ana Lee". */
  accessibleLabel: string;
  /** The question asked before acting. */
  prompt: string;
  confirmLabel: string;
  danger?: boolean;
  action: () => Promise<unknown>;
};

/** A button that asks once more before calling the API, then refreshes the server-rendered page. */
export function ConfirmAction({
  label,
  accessibleLabel,
  prompt,
  confirmLabel,
  danger = false,
  action,
}: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });

  // Move focus into the question when it opens and back to the trigger when it closes.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) triggerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function cancel() {
    mutation.reset();
    setConfirming(false);
  }

  if (!confirming) {
    return (
      <button
        ref={triggerRef}
        type="button"
        aria-label={accessibleLabel}
        onClick={() => setConfirming(true)}
        className={secondaryButtonClass}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={accessibleLabel}
      className="max-w-xs space-y-1.5"
      onKeyDown={(e) => e.key === "Escape" && cancel()}
    >
      <p className="text-xs text-slate-800">{prompt}</p>
      <div className="flex flex-wrap gap-1.5">
        <button
          ref={confirmRef}
          type="button"
          disabled={mutation.isPending}
          onClick={() => mutation.mutate()}
          className={danger ? dangerButtonClass : secondaryButtonClass}
        >
          {mutation.isPending ? "Working…" : confirmLabel}
        </button>
        <button type="button" onClick={cancel} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
      <FormError error={mutation.error} compact />
    </div>
  );
}
