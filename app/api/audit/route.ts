import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { csvAttachment } from "@/lib/http/csv-upload";
import { auditCsv, auditPage } from "@/lib/server/history";
import { getToday } from "@/lib/server/today";
import { withoutEmpty, ZAuditTableQuery } from "@/lib/validation/audit";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

/** One page of changes, filtered; `format=csv` answers every filtered field change as a file. */
export const GET = apiRoute("audit:read", async ({ request }) => {
  const { format, page, pageSize, ...filter } = ZAuditTableQuery.parse(
    withoutEmpty(searchParamsObject(request.url)),
  );
  if (format === "csv")
    return csvAttachment(await auditCsv(getPrisma(), filter), `corridor-audit-${getToday()}.csv`);
  return auditPage(getPrisma(), { ...filter, page, pageSize });
});
