import type { ReportDocument } from "./types";

/**
 * The document as one line of JSON with every object's keys sorted (JavaScript's default order), so
 * the same content always gives the same text (and SHA-256), whatever order its keys were built or
 * stored in. Undefined values are left out, as JSON.stringify leaves them out.
 */
export function canonicalJson(doc: ReportDocument): string {
  return JSON.stringify(sortKeys(doc));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
