"use client";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import { FormField } from "@/components/ui/form-field";
import { SubmitRow } from "@/components/ui/form-kit";
import type { PublishedReportView, ReportVerificationView } from "@/lib/views/report";
import { asOfText, coverageText, publishedAtText } from "./report-text";

const SHA256 = /^[0-9a-f]{64}$/;

type Outcome =
  | { kind: "match"; report: PublishedReportView }
  | { kind: "none" }
  | { kind: "error"; message: string };

/**
 * "Verify a copy": the SHA-256 printed in a report's footer (or computed from its JSON) names the
 * published report it was downloaded from, or none, in which case the copy is not one of ours.
 */
export function VerifyForm() {
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("sha256") ?? "")
      .replace(/\s+/g, "")
      .toLowerCase();
    setOutcome(null);
    if (!SHA256.test(value)) {
      setError("Paste the 64 hexadecimal characters (0–9, a–f) of the fingerprint.");
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      const answer = await apiFetch<ReportVerificationView>(`/api/reports/verify?sha256=${value}`);
      setOutcome(answer.match ? { kind: "match", report: answer.report } : { kind: "none" });
    } catch (failure) {
      setOutcome(
        failure instanceof ApiError && failure.status === 404
          ? { kind: "none" }
          : { kind: "error", message: (failure as Error).message },
      );
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3" aria-label="Verify a copy">
      <FormField
        id="verify-sha256"
        name="sha256"
        label="SHA-256 fingerprint"
        hint="Printed in the footer of every page of a published PDF."
        error={error}
        announceError
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            className={`${control.className} font-mono`}
          />
        )}
      </FormField>
      <SubmitRow label="Verify" pending={pending} pendingLabel="Checking…" />
      <div role="status" data-testid="verify-result" className="text-sm empty:hidden">
        {outcome?.kind === "match" ? <Match report={outcome.report} /> : null}
        {outcome?.kind === "none" ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">
            No published report has this fingerprint: the copy differs from every report in the
            archive (it may be a draft, or it was changed after it was published).
          </p>
        ) : null}
        {outcome?.kind === "error" ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-red-800">
            Could not check the fingerprint: {outcome.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

function Match({ report }: { report: PublishedReportView }) {
  return (
    <p className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
      It matches the report on {coverageText(report)} as of {asOfText(report)}, published{" "}
      {publishedAtText(report.publishedAt)} by {report.publishedBy}.{" "}
      <a href={`#report-${report.id}`} className="font-medium underline">
        Show it in the table
      </a>
    </p>
  );
}
