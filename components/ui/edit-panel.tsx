"use client";
import type { FormEvent, ReactNode } from "react";
import { FormError, SubmitRow } from "./form-kit";

/**
 * A collapsed panel holding one form, its form-wide error and its submit row. <details> keeps it
 * keyboard-operable without any script.
 */
export function EditPanel({
  title,
  hint,
  testId,
  onSubmit,
  error,
  notice,
  submitLabel,
  pendingLabel,
  pending,
  done,
  className = "space-y-3",
  children,
}: {
  title: string;
  hint?: string;
  testId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  error: unknown;
  /** Shown instead of the plain error, e.g. what changed in a conflict. */
  notice?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  done: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <details className="group rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-3 text-sm font-semibold text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {title}
        {hint ? (
          <span className="hidden font-normal text-slate-600 sm:inline">— {hint}</span>
        ) : null}
      </summary>
      <div className="border-t border-slate-100 p-4">
        <form onSubmit={onSubmit} className={className} aria-label={title} noValidate>
          {children}
          {notice ?? <FormError error={error} />}
          <SubmitRow
            label={submitLabel}
            pending={pending}
            pendingLabel={pendingLabel}
            done={done}
          />
        </form>
      </div>
    </details>
  );
}
