import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readCsvUpload } from "@/lib/http/csv-upload";
import { importMilestonesCsv } from "@/lib/server/import-milestones";

export const dynamic = "force-dynamic";

/**
 * A CSV of milestone rows (text/csv body, or multipart/form-data with a `file` field; at most 1 MB
 * and 2,000 rows). All rows or none: 201 {created, updated, unchanged, events}, or 400 {error,
 * code, rows: [{line, errors}]}. POST …/preview shows the same changes without writing them.
 */
export const POST = apiRoute("import:run", async ({ request, actor }) =>
  created(await importMilestonesCsv(getPrisma(), actor, await readCsvUpload(request))),
);
