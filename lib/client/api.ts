"use client";
import type { ApiErrorBody, ApiErrorCode } from "@/lib/views/api-error";

/** A failed API call with the server's own message, field errors and extra details (e.g. `current` on 409). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly details: Record<string, unknown> = {},
    readonly code?: ApiErrorCode,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const payload = await res.json().catch(() => ({}));
  if (!res.ok) {
    const { error, code, fieldErrors, ...details } = payload as Partial<ApiErrorBody>;
    throw new ApiError(
      res.status,
      error ?? `Request failed (${res.status}).`,
      fieldErrors ?? {},
      details,
      code,
    );
  }
  return payload as T;
}

/** The first message for a field, for showing beside its input. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[field]?.[0] : undefined;
}
