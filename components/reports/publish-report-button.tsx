"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { usePublishReport } from "@/lib/client/use-publish-report";
import { formatDay } from "@/lib/domain/dates";
import { publishBody, type ReportScope } from "./report-href";
import { shortFingerprint } from "./fingerprint";

const buttonClass =
  "inline-flex min-h-9 items-center rounded-md px-3 text-sm font-semibold disabled:opacity-60";
const primary = `${buttonClass} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${buttonClass} font-medium text-slate-900 ring-1 ring-inset ring-slate-400 hover:bg-slate-100`;

/**
 * "Publish report" (analysts and admins): after a confirmation that says what will be frozen, the
 * report of the view the page shows is published, and a link leads to it in the Reports archive.
 */
export function PublishReportButton({
  canPublish,
  scopeLabel,
  ...scope
}: ReportScope & {
  canPublish: boolean;
  /** What the report covers, in the confirmation: "the whole portfolio" by default. */
  scopeLabel?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishReport();
  const questionId = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!canPublish) return null;
  const published = publish.data;
  const covers = scopeLabel ?? (scope.initiativeSlug ? "this initiative" : "the portfolio");
  const filtered = Object.values(scope.filters).some(Boolean);
  const asKnown = scope.basis === "recorded" ? " (as known on that day)" : "";

  function cancel() {
    setConfirming(false);
    publish.reset();
    openButton.current?.focus();
  }

  return (
    <div className="space-y-2" data-testid="publish-report">
      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className="max-w-md space-y-2 rounded-lg border border-slate-300 bg-white p-3 text-sm"
        >
          <p id={questionId} className="text-slate-800">
            Publish the report on {covers}
            {filtered ? " with the filters shown" : ""} as of {formatDay(scope.asOf)}
            {asKnown}? It is frozen as it stands now and listed in the Reports archive, where
            everyone can download it.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmButton}
              type="button"
              className={primary}
              disabled={publish.isPending}
              onClick={() =>
                publish.mutate(publishBody(scope), { onSuccess: () => setConfirming(false) })
              }
            >
              {publish.isPending ? "Publishing…" : "Publish"}
            </button>
            <button type="button" className={secondary} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openButton}
          type="button"
          className={primary}
          onClick={() => {
            publish.reset();
            setConfirming(true);
          }}
        >
          Publish report
        </button>
      )}
      {publish.isError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          The report was not published: {publish.error.message}
        </p>
      ) : null}
      <p
        role="status"
        className="text-sm text-slate-800 empty:hidden"
        data-testid="published-report"
      >
        {publish.isPending ? "Publishing the report…" : null}
        {published && !confirming ? (
          <>
            Published.{" "}
            <Link
              href={`/reports#report-${published.id}`}
              className="font-medium text-brand-800 underline"
            >
              Open it in the Reports archive
            </Link>{" "}
            (fingerprint{" "}
            <span className="font-mono" title={published.sha256}>
              {shortFingerprint(published.sha256)}
            </span>
            ).
          </>
        ) : null}
      </p>
    </div>
  );
}
