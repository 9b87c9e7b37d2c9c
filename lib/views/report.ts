import type { ReplayBasis } from "../domain/replay";
import type { Health, InitiativeKind, IsoDay, Side } from "../domain/types";

/** The formats a report downloads in (the path's extension: `/api/reports/status.pdf`). */
export type ReportFileFormat = "pdf" | "xlsx" | "csv" | "json" | "pptx";

/** The dashboard's filters a report was built with; absent keys mean "all". */
export type ReportFiltersView = {
  kind?: InitiativeKind;
  health?: Health;
  side?: Side;
  workstream?: string;
};

/** One published report in the archive: who published it, when, for what, and its fingerprint. */
export type PublishedReportView = {
  id: string;
  asOf: IsoDay;
  basis: ReplayBasis;
  filters: ReportFiltersView;
  /** null for the whole portfolio, else the slug of the one initiative it covers. */
  scope: string | null;
  /** "Whole portfolio" or the initiative's title. */
  scopeLabel: string;
  /** SHA-256 (lower-case hex) of the frozen document's canonical JSON. */
  sha256: string;
  /** ISO timestamp. */
  publishedAt: string;
  publishedBy: string;
  /** A download link per format. */
  downloads: Record<ReportFileFormat, string>;
};

/** `GET /api/reports`, newest first. */
export type ReportArchiveView = { reports: PublishedReportView[] };

/** `GET /api/reports/verify?sha256=`: the published report a copy's fingerprint belongs to. */
export type ReportVerificationView =
  { match: true; report: PublishedReportView } | { match: false; error: string };
