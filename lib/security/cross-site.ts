export type WriteRequest = {
  method: string;
  /** The Host header (or the configured public URL's host) the app answers as. */
  ownHosts: string[];
  origin: string | null;
  secFetchSite: string | null;
  authorization: string | null;
  contentType: string | null;
  hasBody: boolean;
};

export type Refusal = {
  status: 403 | 415;
  code: "cross_site" | "unsupported_media_type";
  error: string;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const WRITE_CONTENT_TYPES = ["application/json", "text/csv", "multipart/form-data"];

/**
 * Whether an /api write may proceed. A browser attaches the session cookie to requests another
 * site starts (SameSite=Lax lets same-site ones through, such as a page on another port), so a
 * cookie-carrying write must come from the app's own origin and with a content type a plain HTML
 * form or a "simple" cross-site fetch cannot send. A Bearer token is never sent by the browser on
 * its own, so token calls are unaffected.
 */
export function refuseCrossSiteWrite(request: WriteRequest): Refusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (/^Bearer\s+\S/i.test(request.authorization ?? "")) return null;

  const site = request.secFetchSite?.toLowerCase();
  if (site && site !== "same-origin") {
    return crossSite(`the browser reports this request as ${site}`);
  }
  if (request.origin !== null && !isOwnOrigin(request.origin, request.ownHosts)) {
    return crossSite(`it comes from ${request.origin}`);
  }
  if (request.hasBody && !isWriteContentType(request.contentType)) {
    return {
      status: 415,
      code: "unsupported_media_type",
      error: `Send the body as ${WRITE_CONTENT_TYPES.join(", ")} (got ${request.contentType ?? "no content type"}).`,
    };
  }
  return null;
}

function isOwnOrigin(origin: string, ownHosts: string[]): boolean {
  try {
    return ownHosts.includes(new URL(origin).host.toLowerCase());
  } catch {
    return false;
  }
}

function isWriteContentType(contentType: string | null): boolean {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  return !!essence && WRITE_CONTENT_TYPES.includes(essence);
}

const crossSite = (why: string): Refusal => ({
  status: 403,
  code: "cross_site",
  error: `Refused a write from another site: ${why}. Use the app itself, or an API token.`,
});
