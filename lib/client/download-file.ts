"use client";
import type { ApiErrorBody } from "@/lib/views/api-error";
import { ApiError } from "./api";

export type DownloadProgress = { received: number; total: number | null };

/**
 * Fetches a file the server builds (a report takes a moment), reporting each chunk received, then
 * saves it under the server's file name through an object URL. A refusal throws the server's own
 * message as an ApiError.
 */
export async function downloadFile(
  href: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ fileName: string; bytes: number }> {
  const res = await fetch(href, { credentials: "same-origin", signal });
  if (!res.ok) throw await refusal(res);
  const total = Number(res.headers.get("content-length")) || null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  } else {
    const whole = new Uint8Array(await res.arrayBuffer());
    chunks.push(whole);
    received = whole.byteLength;
  }
  const blob = new Blob(chunks, {
    type: res.headers.get("content-type") ?? "application/octet-stream",
  });
  const fileName = fileNameOf(res.headers.get("content-disposition")) ?? lastSegment(href);
  saveBlob(blob, fileName);
  return { fileName, bytes: received };
}

async function refusal(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody>;
  return new ApiError(
    res.status,
    body.error ?? `The server could not prepare the file (error ${res.status}).`,
    body.fieldErrors ?? {},
    {},
    body.code,
  );
}

/** The `filename` of an `attachment; filename="…"` header (RFC 6266, ASCII). */
export function fileNameOf(disposition: string | null): string | null {
  const match = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return match ? match[1] : null;
}

function lastSegment(href: string): string {
  return new URL(href, window.location.href).pathname.split("/").pop() || "download";
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click returns in some browsers, not all.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
