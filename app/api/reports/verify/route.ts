import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { verifyReport } from "@/lib/server/reports/archive";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

/** `?sha256=<64 hex>`: the published report a copy's fingerprint belongs to, or 404 `{match:false}`. */
export const GET = apiRoute("portfolio:read", async ({ request }) =>
  verifyReport(getPrisma(), searchParamsObject(request.url)),
);
