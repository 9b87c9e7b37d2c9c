"use client";
import type { ReactNode } from "react";
import type { z } from "zod";
import { ApiError, fieldMessage } from "@/lib/client/api";
import { Alert } from "./alert";

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

/** FormField props for each named field of one form: ids unique to the form, the API's message. */
export function fieldPropsFor(idPrefix: string, error: unknown) {
  return (name: string, label: string, hint?: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    label,
    hint,
    error: fieldMessage(error, name),
  });
}

/** The failure that belongs to no single field: the server's message and any form-wide problem. */
export function FormError({ error, compact = false }: { error: unknown; compact?: boolean }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  if (compact)
    return (
      <p role="alert" className="text-xs text-red-800">
        {message}
      </p>
    );
  const general = error instanceof ApiError ? (error.fieldErrors._ ?? []) : [];
  return (
    <Alert>
      <p>{message}</p>
      {general.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </Alert>
  );
}

const SUBMIT_CLASS = {
  primary:
    "rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 aria-disabled:opacity-60",
  secondary:
    "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-400 hover:bg-slate-100 disabled:opacity-60",
};

/**
 * A form's submit button, any further actions, and a status line that announces what was done.
 * `keepFocus` marks the button aria-disabled instead of disabled while pending, so keyboard focus
 * stays on it; the form must then ignore a second submit itself.
 */
export function SubmitRow({
  label,
  pending = false,
  pendingLabel = label,
  done,
  keepFocus = false,
  wide = false,
  variant = "primary",
  className = "",
  children,
}: {
  label: string;
  pending?: boolean;
  pendingLabel?: string;
  done?: string | null;
  keepFocus?: boolean;
  wide?: boolean;
  variant?: keyof typeof SUBMIT_CLASS;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`.trim()}>
      <button
        type="submit"
        disabled={keepFocus ? undefined : pending}
        aria-disabled={keepFocus ? pending : undefined}
        className={`${SUBMIT_CLASS[variant]} ${wide ? "w-full" : "w-full sm:w-auto"}`}
      >
        {pending ? pendingLabel : label}
      </button>
      {children}
      {done !== undefined ? (
        <p role="status" className="text-sm text-emerald-800">
          {done ?? ""}
        </p>
      ) : null}
    </div>
  );
}
