// The words every report format uses for the same things, so the PDF, workbook and slides agree.
import { formatDay } from "../dates";
import { HEALTH_LABELS, KIND_LABELS, SIDE_LABELS } from "../labels";
import type { SnapshotFilters } from "../portfolio-snapshot";
import { formatPercent } from "../progress";
import type { Provenance } from "../types";
import type { ReportDocument } from "./types";

/** "As of 30 Jun 2026 (effective dates)" or "As known on 30 Jun 2026 (recorded dates)". */
export function asOfText(doc: Pick<ReportDocument, "asOf" | "basis">): string {
  return doc.basis === "recorded"
    ? `As known on ${formatDay(doc.asOf)}: what had been recorded by the end of that day`
    : `As of ${formatDay(doc.asOf)}: what was true on that day, by effective date`;
}

/** "Published 28 Nov 2026" or "Draft (not published)". */
export function publicationText(doc: Pick<ReportDocument, "status" | "publishedAt">): string {
  return doc.status === "published" && doc.publishedAt
    ? `Published ${formatDay(doc.publishedAt.slice(0, 10))}`
    : "Draft (not published)";
}

/** The dashboard filters in words: "All initiatives" or "MOU · At risk · Korea · Workstream X". */
export function filtersText(filters: SnapshotFilters): string {
  const parts = [
    filters.kind && `Kind: ${KIND_LABELS[filters.kind]}`,
    filters.health && `Health: ${HEALTH_LABELS[filters.health]}`,
    filters.side && `Side: ${SIDE_LABELS[filters.side]}`,
    filters.workstream && `Workstream: ${filters.workstream}`,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "No filters: every initiative";
}

export const PROVENANCE_WORDS: Record<Provenance, string> = {
  sourced: "Sourced date",
  planned_estimate: "Planned estimate (no public date)",
};

/** "[1][4]" for endnote numbers, "" for none. */
export function refsText(refs: number[]): string {
  return refs.map((n) => `[${n}]`).join("");
}

/** "21%" or "—". */
export const percent = formatPercent;

/** A positive number of days in words: "1 day", "30 days". */
export function daysText(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? "day" : "days"}`;
}

/**
 * What the report leaves out of its changes, said plainly, or null when it lists every change of
 * its period: "The newest 20,000 of 187,654 changes in this period are listed; …".
 */
export function changeEventsNotice(
  doc: Pick<ReportDocument, "changeEvents" | "changeEventsTotal">,
): string | null {
  const listed = doc.changeEvents.length;
  const total = doc.changeEventsTotal ?? listed;
  if (total <= listed) return null;
  const count = (n: number) => n.toLocaleString("en");
  return `The newest ${count(listed)} of ${count(total)} changes in this period are listed; the ${count(total - listed)} older ones are left out of this report (the Audit log lists and exports every change).`;
}

/** How many change events the report's period holds, listed or not. */
export function changeEventsTotal(
  doc: Pick<ReportDocument, "changeEvents" | "changeEventsTotal">,
): number {
  return Math.max(doc.changeEventsTotal ?? 0, doc.changeEvents.length);
}
