"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { RowProblem } from "@/lib/domain/csv-import";
import { ImportProblems } from "./import-problems";

type ImportResult = { created: number; updated: number; events: number };

const MAX_BYTES = 1_000_000;

class ImportRefused extends Error {
  constructor(
    message: string,
    readonly rows: RowProblem[],
  ) {
    super(message);
  }
}

async function upload(file: File): Promise<ImportResult> {
  const body = new FormData();
  body.append("file", file);
  const res = await fetch("/api/import/milestones", {
    method: "POST",
    body,
    credentials: "same-origin",
  });
  const payload = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new ImportRefused(
      payload.error ?? `The import failed (${res.status}).`,
      Array.isArray(payload.rows) ? payload.rows : [],
    );
  return payload as ImportResult;
}

export function ImportForm() {
  const id = useId();
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: upload,
    onSuccess: () => queryClient.invalidateQueries(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    const problem =
      !(file instanceof File) || !file.name
        ? "Choose a CSV file first."
        : file.size > MAX_BYTES
          ? "The file is larger than 1 MB; split it into smaller files."
          : null;
    setFileError(problem);
    mutation.reset();
    // Cleared after success so that pressing the button again cannot import the same rows twice.
    if (!problem) mutation.mutate(file as File, { onSuccess: () => form.reset() });
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const refused = mutation.error instanceof ImportRefused ? mutation.error : null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        Upload a file
      </h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
          />
          <p id={hintId} className="mt-1 text-xs text-slate-600">
            UTF-8 CSV with the template&apos;s header row; at most 1 MB and 2,000 rows.
          </p>
          {fileError ? (
            <p id={errorId} role="alert" className="mt-1 text-sm text-red-800">
              {fileError}
            </p>
          ) : null}
        </div>
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus while the upload runs. */}
        <button
          type="submit"
          aria-disabled={mutation.isPending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-60"
        >
          {mutation.isPending ? "Importing…" : "Upload and import"}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {mutation.data ? (
          <p
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            data-testid="import-success"
          >
            Imported: {count(mutation.data.created, "new milestone")},{" "}
            {count(mutation.data.updated, "milestone")} updated,{" "}
            {count(mutation.data.events, "change event")} recorded.
          </p>
        ) : null}
      </div>
      {refused ? <ImportProblems message={refused.message} rows={refused.rows} /> : null}
      {mutation.error && !refused ? (
        <ImportProblems message={mutation.error.message} rows={[]} />
      ) : null}
    </section>
  );
}

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
