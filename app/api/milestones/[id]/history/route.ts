import { getPrisma } from "@/lib/db/client";
import { milestoneHistory } from "@/lib/server/history";
import { apiRoute } from "@/lib/http/api-route";
import { ZHistoryQuery } from "@/lib/validation/history";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("portfolio:read", async ({ request, params }) =>
  milestoneHistory(getPrisma(), params.id, ZHistoryQuery.parse(searchParamsObject(request.url))),
);
