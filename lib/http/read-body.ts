import "server-only";
import type { AppError } from "../errors";

/**
 * The body's bytes, counted as they arrive: reading stops at `limit` (a declared length can be
 * absent or false), so an oversized body costs the server no more than the limit.
 */
export async function readLimitedBytes(
  request: Request,
  limit: number,
  tooLarge: () => AppError,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Text that PostgreSQL can store: no NUL character and no half of a surrogate pair. */
export function findUnstorableText(text: string): string | null {
  if (text.includes("\u0000")) return "a NUL character";
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    return "an unpaired surrogate character";
  }
  return null;
}
