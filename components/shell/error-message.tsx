"use client";

/** The reference code of a server error (its digest), the only detail of it that is ever shown. */
export function errorReference(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : null;
}

/**
 * What a failed page says: that something went wrong, a way to try again and the reference code
 * to quote — never the error's message or stack.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const reference = errorReference(error);
  return (
    <section
      aria-labelledby="error-title"
      className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 sm:p-8"
    >
      <h1 id="error-title" className="text-2xl font-semibold tracking-tight text-slate-900">
        Something went wrong
      </h1>
      <p className="mt-2 text-slate-700">
        This page could not be shown. Try again; if it keeps happening, tell an administrator
        {reference ? ", quoting the reference code below" : ""}.
      </p>
      {reference ? (
        <p className="mt-3 text-sm text-slate-700">
          Reference code:{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
            {reference}
          </code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={onRetry}
        className="mt-5 inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Try again
      </button>
    </section>
  );
}
