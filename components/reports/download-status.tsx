"use client";
import { describeDownload, type FileDownloadState } from "@/lib/client/use-file-download";

/**
 * A download's progress, announced politely as it goes ("Preparing PDF…"), and its failure in
 * words. The status region stays in the page so screen readers hear each change.
 */
export function DownloadStatus({ state }: { state: FileDownloadState }) {
  const busy = state.phase === "preparing" || state.phase === "receiving";
  return (
    <>
      <p
        role="status"
        data-testid="download-status"
        className="flex min-h-5 items-center gap-2 text-sm text-slate-700 empty:hidden"
      >
        {busy ? <Spinner /> : null}
        {describeDownload(state)}
      </p>
      {state.phase === "failed" ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Could not download the {state.what}: {state.message}
        </p>
      ) : null}
    </>
  );
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700 motion-reduce:animate-none"
    />
  );
}
