"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { FormCard } from "@/components/ui/form-card";
import { FormField } from "@/components/ui/form-field";
import { SubmitRow } from "@/components/ui/form-kit";
import { IMPORT_LIMITS_TEXT, IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/constants";
import { plural } from "@/lib/domain/text";
import type { RowProblem } from "@/lib/domain/csv-import";
import type { ImportResult } from "@/lib/views/import";
import { ImportProblems } from "./import-problems";

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
        : file.size > MAX_IMPORT_BYTES
          ? IMPORT_TOO_LARGE_MESSAGE
          : null;
    setFileError(problem);
    mutation.reset();
    // Cleared after success so that pressing the button again cannot import the same rows twice.
    if (!problem) mutation.mutate(file as File, { onSuccess: () => form.reset() });
  }

  const refused = mutation.error instanceof ImportRefused ? mutation.error : null;
  return (
    <FormCard id={id} title="Upload a file" spacing="space-y-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <FormField
            id={`${id}-file`}
            name="file"
            label="CSV file"
            labelClassName="block text-sm font-medium text-slate-800"
            hint={`UTF-8 CSV with the template's header row; ${IMPORT_LIMITS_TEXT}.`}
            error={fileError ?? undefined}
            announceError
          >
            {(p) => (
              <input
                type="file"
                accept=".csv,text/csv"
                {...p}
                className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
              />
            )}
          </FormField>
        </div>
        <SubmitRow
          label="Upload and import"
          pending={mutation.isPending}
          pendingLabel="Importing…"
          keepFocus
        />
      </form>
      <div role="status" aria-live="polite">
        {mutation.data ? (
          <p
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            data-testid="import-success"
          >
            Imported: {plural(mutation.data.created, "new milestone")},{" "}
            {plural(mutation.data.updated, "milestone")} updated,{" "}
            {plural(mutation.data.events, "change event")} recorded.
          </p>
        ) : null}
      </div>
      {refused ? <ImportProblems message={refused.message} rows={refused.rows} /> : null}
      {mutation.error && !refused ? (
        <ImportProblems message={mutation.error.message} rows={[]} />
      ) : null}
    </FormCard>
  );
}
