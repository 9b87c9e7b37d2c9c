"use client";
import { useId, useRef, useState, type FormEvent } from "react";
import { FormCard } from "@/components/ui/form-card";
import { FormField } from "@/components/ui/form-field";
import { SubmitRow } from "@/components/ui/form-kit";
import { secondaryButtonClass } from "@/components/ui/buttons";
import { IMPORT_LIMITS_TEXT, IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/constants";
import type { RowProblem } from "@/lib/domain/csv-import";
import { ApiError } from "@/lib/client/api";
import { useMilestoneImport } from "@/lib/client/use-milestone-import";
import { ImportPreviewTable, importSummary } from "./import-preview";
import { ImportProblems } from "./import-problems";
import { UploadProgress } from "./upload-progress";

/**
 * Two steps: "Preview changes" checks the file and lists what it would change, writing nothing;
 * "Confirm import" sends that same file again and writes it in one transaction.
 */
export function ImportForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { preview, commit, progress } = useMilestoneImport();
  // The previewed bytes: confirming sends exactly these, even if the file on disk changes meanwhile.
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const pending = preview.isPending || commit.isPending;

  function startOver() {
    preview.reset();
    commit.reset();
    setFile(null);
  }

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const chosen = new FormData(event.currentTarget).get("file");
    startOver();
    if (!(chosen instanceof File) || !chosen.name) return setFileError("Choose a CSV file first.");
    if (chosen.size > MAX_IMPORT_BYTES) return setFileError(IMPORT_TOO_LARGE_MESSAGE);
    let snapshot: File;
    try {
      snapshot = new File([await chosen.arrayBuffer()], chosen.name, { type: "text/csv" });
    } catch {
      return setFileError("The file could not be read; choose it again.");
    }
    setFileError(null);
    setFile(snapshot);
    preview.mutate(snapshot);
  }

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || pending) return;
    // Cleared after success so that pressing a button again cannot import the same rows twice.
    commit.mutate(file, {
      onSuccess: () => {
        formRef.current?.reset();
        preview.reset();
        setFile(null);
      },
    });
  }

  const failure = commit.error ?? preview.error;
  const rows: RowProblem[] =
    failure instanceof ApiError && Array.isArray(failure.details.rows) ? failure.details.rows : [];
  const shown = !commit.error ? preview.data : undefined;
  return (
    <FormCard id={id} title="Upload a file" spacing="space-y-4">
      <form
        ref={formRef}
        onSubmit={onPreview}
        noValidate
        className="flex flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1 basis-64">
          <FormField
            id={`${id}-file`}
            name="file"
            label="CSV file"
            labelClassName="block text-sm font-medium text-slate-800"
            hint={`UTF-8 CSV with the template's header row; ${IMPORT_LIMITS_TEXT}. Nothing is written until you confirm.`}
            error={fileError ?? undefined}
            announceError
          >
            {(p) => (
              <input
                type="file"
                accept=".csv,text/csv"
                {...p}
                onChange={startOver}
                className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
              />
            )}
          </FormField>
        </div>
        <SubmitRow
          label="Preview changes"
          pending={preview.isPending}
          pendingLabel="Checking…"
          keepFocus
          variant={shown ? "secondary" : "primary"}
        />
      </form>
      {pending && file ? (
        <UploadProgress
          progress={progress}
          fileName={file.name}
          action={commit.isPending ? "Importing" : "Checking"}
        />
      ) : null}
      <div role="status" aria-live="polite" className="text-sm">
        {commit.data ? (
          <p
            className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900"
            data-testid="import-success"
          >
            Imported: {importSummary(commit.data)}.
          </p>
        ) : null}
        {shown ? (
          <p data-testid="import-preview-summary">
            {shown.rows.length
              ? `Nothing has been written yet. Confirming will record: ${importSummary(shown)}.`
              : `Nothing to import: every row matches the milestone as it is (${importSummary(shown)}).`}
          </p>
        ) : null}
      </div>
      {shown?.rows.length ? (
        <>
          <ImportPreviewTable preview={shown} />
          <form onSubmit={onConfirm}>
            <SubmitRow
              label="Confirm import"
              pending={commit.isPending}
              pendingLabel="Importing…"
              keepFocus
            >
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => {
                  startOver();
                  formRef.current?.reset();
                }}
              >
                Cancel
              </button>
            </SubmitRow>
          </form>
        </>
      ) : null}
      {failure ? <ImportProblems message={failure.message} rows={rows} /> : null}
    </FormCard>
  );
}
