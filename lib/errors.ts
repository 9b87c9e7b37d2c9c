/** One error type for expected failures; route handlers map `status` straight to the HTTP answer. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = () =>
  new AppError(401, "Sign in or send a valid API token (Authorization: Bearer <token>).");
export const forbidden = (what = "do this") => new AppError(403, `Your role may not ${what}.`);
export const notFound = (what: string) => new AppError(404, `${what} not found.`);

/** A 400 (or 409) that names the field it is about, shown beside that field in forms. */
export function fieldError(field: string, message: string, status: 400 | 409 = 400) {
  return new AppError(status, message, { fieldErrors: { [field]: [message] } });
}
