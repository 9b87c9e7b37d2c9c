"use client";
import type { ReactNode } from "react";
import type { z } from "zod";
import { ApiError } from "@/lib/client/api";

/** Runs the schema the API runs, so the same per-field messages appear before a round trip. */
export function checkWith(schema: z.ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  if (result.success) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new ApiError(400, "Check the highlighted fields.", fieldErrors);
}

/** A form's text values; empty inputs are left out so optional fields stay absent. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string" && value.trim() !== "") out[key] = value;
  }
  return out;
}

/** A collapsed panel: <details> keeps it keyboard-operable without any script. */
export function EditPanel({
  title,
  hint,
  testId,
  children,
}: {
  title: string;
  hint?: string;
  testId: string;
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
      <div className="border-t border-slate-100 p-4">{children}</div>
    </details>
  );
}

/** The failure that belongs to no single field: the server's message and any form-wide problem. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const general = error instanceof ApiError ? (error.fieldErrors._ ?? []) : [];
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{message}</p>
      {general.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

export function SubmitRow({
  pending,
  label,
  pendingLabel,
  done,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  done?: string | null;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
      >
        {pending ? pendingLabel : label}
      </button>
      <p role="status" className="text-sm text-emerald-800">
        {done ?? ""}
      </p>
    </div>
  );
}
