import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { listPublishedReports } from "@/lib/server/reports/archive";
import { publishReport } from "@/lib/server/reports/publish";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async () => listPublishedReports(getPrisma()));

export const POST = apiRoute("report:publish", async ({ request, actor }) =>
  created(await publishReport(getPrisma(), actor, await readJson(request))),
);
