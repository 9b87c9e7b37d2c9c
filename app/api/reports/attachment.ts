import type { ReportFile } from "@/lib/server/reports/download";

/** A published report never changes, so a browser may keep it; a draft is never kept. */
const CACHE = {
  published: "private, max-age=31536000, immutable",
  draft: "private, no-store",
};

/** The report as a download: its type, and an ASCII file name (RFC 6266) carrying the as-of date. */
export function reportAttachment(file: ReportFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `attachment; filename="${asciiFileName(file.fileName)}"`,
      "cache-control": file.published ? CACHE.published : CACHE.draft,
      "x-content-type-options": "nosniff",
    },
  });
}

function asciiFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 120) || "corridor-report";
}
