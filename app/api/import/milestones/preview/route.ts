import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { readCsvUpload } from "@/lib/http/csv-upload";
import { previewMilestoneImport } from "@/lib/server/import-milestones";

export const dynamic = "force-dynamic";

/**
 * The same upload as POST /api/import/milestones, checked the same way, but nothing is written:
 * 200 {created, updated, unchanged, events, rows: [{line, kind, milestoneId, title, changes}]}.
 */
export const POST = apiRoute("import:run", async ({ request }) =>
  previewMilestoneImport(getPrisma(), await readCsvUpload(request)),
);
