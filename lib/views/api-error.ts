/** The machine-readable reason beside every API error's message. */
export type ApiErrorCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "version_conflict"
  | "duplicate"
  | "payload_too_large"
  | "rate_limited"
  | "unavailable"
  | "internal"
  // Refused by the proxy before any route runs (lib/security/cross-site.ts).
  | "cross_site"
  | "unsupported_media_type";

/**
 * Every API error body. A `version_conflict` carries `current` (the record as it now is); a failed
 * import carries `rows`; a duplicate source carries `existing`.
 */
export type ApiErrorBody = {
  error: string;
  code: ApiErrorCode;
  fieldErrors?: Record<string, string[]>;
  [detail: string]: unknown;
};
