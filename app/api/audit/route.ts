import { getPrisma } from "@/lib/db/client";
import { auditLog } from "@/lib/server/history";
import { apiRoute } from "@/lib/http/api-route";
import { ZAuditQuery } from "@/lib/validation/history";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute("audit:read", async ({ request }) =>
  auditLog(getPrisma(), ZAuditQuery.parse(searchParamsObject(request.url))),
);
