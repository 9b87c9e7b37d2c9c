"use client";
import type { ApiErrorBody } from "@/lib/views/api-error";
import { ApiError } from "./api";

/** Bytes of the upload sent so far, of `total`. */
export type UploadProgress = { sent: number; total: number };

/**
 * POSTs a CSV file as the `file` field of a multipart form. XMLHttpRequest rather than fetch: only
 * it reports how much of the body has been sent. Refusals become an ApiError whose `details.rows`
 * holds a refused import's problems by line.
 */
export function uploadCsv<T>(
  path: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    // Sent in full: from here on the server is checking the rows.
    xhr.upload.onload = () => onProgress({ sent: 1, total: 1 });
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as T);
      const { error, code, fieldErrors, ...details } = payload as Partial<ApiErrorBody>;
      reject(
        new ApiError(
          xhr.status,
          error ?? `The upload failed (${xhr.status}).`,
          fieldErrors ?? {},
          details,
          code,
        ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, "The upload failed: check your connection and try again."));
    const body = new FormData();
    body.append("file", file, file.name);
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
