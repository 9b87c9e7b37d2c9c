import type { UploadProgress as Progress } from "@/lib/client/upload-csv";

/**
 * While a file is sent and checked: a determinate bar from the upload's own progress, then an
 * indeterminate one while the server checks the rows. Only the stage is announced, not each percent.
 */
export function UploadProgress({
  progress,
  fileName,
  action,
}: {
  progress: Progress | null;
  fileName: string;
  action: "Checking" | "Importing";
}) {
  const uploading = !progress || progress.sent < progress.total;
  const label = uploading ? `Uploading ${fileName}` : `${action} the rows of ${fileName}`;
  const measured = uploading && progress ? progress : undefined;
  return (
    <div className="space-y-1" data-testid="import-progress">
      <p role="status" className="text-sm text-slate-700">
        {label}…
      </p>
      <progress
        aria-label={label}
        className="h-2 w-full accent-brand-700"
        max={measured?.total}
        value={measured?.sent}
      />
    </div>
  );
}
