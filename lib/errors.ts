import type { ApiErrorCode } from "./views/api-error";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

const CODE_OF_STATUS: Record<ErrorStatus, ApiErrorCode> = {
  400: "invalid",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "duplicate",
  413: "payload_too_large",
  429: "rate_limited",
};

/** One error type for expected failures; lib/http maps `status` and `code` straight to the answer. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly details?: Record<string, unknown>,
    code?: ApiErrorCode,
  ) {
    super(message);
    this.name = "AppError";
    this.code = code ?? CODE_OF_STATUS[status];
  }
}

/** A write based on a stale `version`: nothing changed; `current` is the record as it now is. */
export const versionConflict = (message: string, current: unknown) =>
  new AppError(409, message, { current }, "version_conflict");

/** The usual 409: someone saved `thing` after the version the change was based on. */
export const staleVersion = (thing: string, basedOn: number, current: { version: number }) =>
  versionConflict(
    `Someone else changed this ${thing} first (you edited version ${basedOn}; it is now version ${current.version}).`,
    current,
  );

export const unauthorized = () =>
  new AppError(401, "Sign in or send a valid API token (Authorization: Bearer <token>).");
export const forbidden = (what = "do this") => new AppError(403, `Your role may not ${what}.`);
export const notFound = (what: string) => new AppError(404, `${what} not found.`);

/** A 400 (or 409) that names the field it is about, shown beside that field in forms. */
export function fieldError(field: string, message: string, status: 400 | 409 = 400) {
  return new AppError(status, message, { fieldErrors: { [field]: [message] } });
}
