import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { csvAttachment } from "@/lib/http/csv-upload";
import { exportMilestonesCsv } from "@/lib/server/import-export";
import { getToday } from "@/lib/server/today";

export const dynamic = "force-dynamic";

/** Every milestone's current row (`?initiative=slug` for one initiative) in the import's layout. */
export const GET = apiRoute("import:run", async ({ request }) => {
  const slug = new URL(request.url).searchParams.get("initiative") || undefined;
  const csv = await exportMilestonesCsv(getPrisma(), slug);
  return csvAttachment(csv, `corridor-milestones-${slug ?? "all"}-${getToday()}.csv`);
});
