"use client";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/buttons";

/** The first 12 hex digits: enough to tell reports apart at a glance; the full value is one click away. */
export function shortFingerprint(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}

/**
 * A report's SHA-256, shortened, with the full value in its title and a button that copies it;
 * where the clipboard is blocked the full value is shown, ready to select.
 */
export function Fingerprint({ sha256, of }: { sha256: string; of: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <code className="font-mono text-xs text-slate-800" title={sha256} data-sha256={sha256}>
        {shortFingerprint(sha256)}
      </code>
      <button type="button" onClick={copy} className={`${secondaryButtonClass} min-h-6`}>
        Copy<span className="sr-only"> the full fingerprint of {of}</span>
      </button>
      <span aria-live="polite" className="text-xs text-slate-700">
        {copied === "copied" ? "Copied." : ""}
      </span>
      {copied === "failed" ? (
        <code className="block select-all break-all font-mono text-xs text-slate-800">
          {sha256}
        </code>
      ) : null}
    </span>
  );
}
