import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/server/http";
import { importMilestonesCsv, readImportUpload } from "@/lib/server/import-milestones";

export const dynamic = "force-dynamic";

/**
 * A CSV of milestone rows (text/csv body, or multipart/form-data with a `file` field; at most 1 MB
 * and 2,000 rows). All rows or none: 200 {created, updated, events}, or 400 {error, rows: [{line, errors}]}.
 */
export const POST = apiRoute("import:run", async ({ request, actor }) =>
  importMilestonesCsv(getPrisma(), actor, await readImportUpload(request)),
);
