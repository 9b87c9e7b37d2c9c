"use client";
import { useEffect, useRef, useState } from "react";

/** A secret shown once (a new token or password): monospace, selectable in one click, with a copy button. */
export function SecretBox({
  title,
  value,
  note,
  onDismiss,
}: {
  title: string;
  value: string;
  note: string;
  onDismiss: () => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  // Take focus when shown so keyboard and screen-reader users land on the secret, not past it.
  useEffect(() => boxRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  return (
    <div
      ref={boxRef}
      tabIndex={-1}
      role="region"
      aria-label={title}
      className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm"
    >
      <p className="font-medium text-emerald-900">{title}</p>
      <code
        data-testid="secret-value"
        className="block select-all break-all rounded bg-white px-2 py-1.5 font-mono text-sm text-slate-900 ring-1 ring-inset ring-emerald-300"
      >
        {value}
      </code>
      <p className="text-emerald-900">{note}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={copy}
          className="rounded-md bg-white px-2.5 py-1 text-xs font-medium ring-1 ring-inset ring-emerald-400 hover:bg-emerald-100"
        >
          Copy
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded-md px-2.5 py-1 text-xs font-medium text-emerald-900 underline hover:no-underline"
        >
          I have saved it
        </button>
        <span aria-live="polite" className="text-xs text-emerald-900">
          {copyState === "copied"
            ? "Copied to the clipboard."
            : copyState === "failed"
              ? "Copying is blocked here; select the text and copy it."
              : ""}
        </span>
      </div>
    </div>
  );
}
