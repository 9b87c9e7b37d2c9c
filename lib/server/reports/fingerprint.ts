import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "../../domain/report/canonical";
import type { ReportDocument } from "../../domain/report/document";

/**
 * The document as the database will give it back: plain JSON values only (no Date objects, no
 * undefined keys), so its fingerprint is the same before storing and after reading it back.
 */
export function freeze(document: ReportDocument): ReportDocument {
  return JSON.parse(JSON.stringify(document)) as ReportDocument;
}

/** SHA-256 (lower-case hex) of the document's canonical JSON: the fingerprint a recipient checks. */
export function fingerprint(document: ReportDocument): string {
  return createHash("sha256").update(canonicalJson(document), "utf8").digest("hex");
}
