import "server-only";
import { IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "../constants";
import { AppError } from "../errors";
import { findUnstorableText, readLimitedBytes } from "./read-body";

const MULTIPART_OVERHEAD = 64_000; // boundaries and part headers around the file

/** The CSV text of a text/csv body or of the `file` field of a multipart form; over 1 MB is a 413. */
export async function readCsvUpload(request: Request): Promise<string> {
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  if (!multipart && !/^(text\/csv|text\/plain|application\/csv)\b/i.test(contentType)) {
    throw new AppError(
      400,
      "Send the CSV file as a text/csv body, or as multipart/form-data with the file in a field named file.",
    );
  }
  const limit = MAX_IMPORT_BYTES + (multipart ? MULTIPART_OVERHEAD : 0);
  const bytes = await readLimitedBytes(request, limit, tooLarge);
  if (!multipart) return decodeUtf8(bytes);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError(400, "The multipart form could not be read.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob))
    throw new AppError(400, "Put the CSV file in a form field named file.");
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()));
}

/** A CSV file to download; never cached, since it carries versions that go stale. */
export function csvAttachment(text: string, filename: string): Response {
  return new Response(text, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}

function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      400,
      'The file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".',
    );
  }
  const problem = findUnstorableText(text);
  if (problem) {
    const line = text.slice(0, text.search(/[\u0000\ud800-\udfff]/)).split("\n").length;
    throw new AppError(
      400,
      `The file contains ${problem} on line ${line}; remove it and try again.`,
    );
  }
  return text;
}

function tooLarge() {
  return new AppError(413, IMPORT_TOO_LARGE_MESSAGE);
}
