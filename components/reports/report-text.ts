import { formatDay } from "@/lib/domain/dates";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import type { PublishedReportView } from "@/lib/views/report";

const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "29 Nov 2026, 02:37 UTC": the same on the server and in every reader's browser. */
export function publishedAtText(iso: string): string {
  return `${formatDay(iso.slice(0, 10))}, ${TIME.format(new Date(iso))} UTC`;
}

/** "30 Jun 2026" or "30 Jun 2026 (as known then)" for a report replayed by recorded time. */
export function asOfText(report: Pick<PublishedReportView, "asOf" | "basis">): string {
  return `${formatDay(report.asOf)}${report.basis === "recorded" ? " (as known then)" : ""}`;
}

/** The filters in words ("Kind: MOU · Side: Korea"), or null for none. */
export function filtersText(report: Pick<PublishedReportView, "filters">): string | null {
  const { kind, health, side, workstream } = report.filters;
  const parts = [
    kind ? `Kind: ${KIND_LABELS[kind]}` : null,
    health ? `Health: ${HEALTH_LABELS[health]}` : null,
    side ? `Side: ${SIDE_LABELS[side]}` : null,
    workstream ? `Workstream: ${workstream}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "the whole portfolio" or the initiative's title, for use inside a sentence. */
export function coverageText(report: Pick<PublishedReportView, "scope" | "scopeLabel">): string {
  return report.scope ? report.scopeLabel : "the whole portfolio";
}
