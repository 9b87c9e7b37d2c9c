import "server-only";
import { AppError, fieldError } from "../errors";
import { findUnstorableText, readLimitedBytes } from "./read-body";

/** Far above any form Corridor has (a reason is at most 2,000 characters). */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * Reads a JSON object body before any validation runs: an oversized body is a 413 (reading stops at
 * the limit), malformed JSON or anything but an object a 400, and so is text PostgreSQL cannot
 * store (NUL, unpaired surrogates), named by its field.
 */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const bytes = await readLimitedBytes(
    request,
    MAX_JSON_BYTES,
    () => new AppError(413, `The request body is larger than ${MAX_JSON_BYTES / 1024} KB.`),
  );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(400, "The request body is not UTF-8 text.");
  }
  if (!text.trim()) throw new AppError(400, "Send a JSON body.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError(400, "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError(400, "The request body must be a JSON object.");
  }
  rejectUnstorableText(value, []);
  return value as Record<string, unknown>;
}

function rejectUnstorableText(value: unknown, path: (string | number)[]): void {
  if (typeof value === "string") {
    const problem = findUnstorableText(value);
    if (problem) {
      const field = path.join(".") || "_";
      throw fieldError(field, `${field} contains ${problem}, which cannot be stored.`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => rejectUnstorableText(item, [...path, index]));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (findUnstorableText(key))
        throw new AppError(400, "A field name contains an unstorable character.");
      rejectUnstorableText(item, [...path, key]);
    }
  }
}
