import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { csvAttachment } from "@/lib/http/csv-upload";
import { milestoneImportTemplate } from "@/lib/server/import-template";

export const dynamic = "force-dynamic";

/*
 * The import template. Its example rows have an initiative_slug starting "example-": the import
 * refuses them, so the template imported unchanged writes nothing.
 * Columns (all present, any order; an empty cell means "not given"):
 *   initiative_slug   required: the initiative, e.g. ksfta-upgrade
 *   milestone_id      empty: create a new milestone; set: update that milestone
 *   version           updates only, required: the version the change is based on (a newer one rejects the row)
 *   title, description, workstream, baseline_date, weight, provenance
 *                     new milestones only; title, baseline_date and provenance (sourced | planned_estimate)
 *                     are required; workstream must name one of the initiative's workstreams; weight 1-100 (default 1).
 *                     On an update row they may only repeat the milestone's values (as exported).
 *   side              korea | singapore | joint (required for a new milestone)
 *   planned_date      YYYY-MM-DD (a new milestone defaults to its baseline)
 *   actual_date, status, percent_complete
 *                     status: not_started | in_progress | done | blocked | cancelled; percent 0-100.
 *                     On a new milestone, progress is recorded as a second change right after creation.
 *                     done needs actual_date (or one already recorded) and evidence_url, as in PATCH.
 *   reason            required, at least 3 characters (an update row that changes nothing is skipped and needs none)
 *   effective_date    YYYY-MM-DD, not in the future; default today
 *   evidence_url      http(s) link
 *   confidence        low | medium | high
 */
export const GET = apiRoute("import:run", async () =>
  csvAttachment(await milestoneImportTemplate(getPrisma()), "corridor-milestones-template.csv"),
);
