import { getPrisma } from "@/lib/db/client";
import { getToday } from "@/lib/server/today";
import { apiRoute } from "@/lib/http/api-route";
import { listInitiativeSummaries } from "@/lib/server/portfolio";
import { ZInitiativeListQuery, searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async ({ request }) => {
  const query = ZInitiativeListQuery.parse(searchParamsObject(request.url));
  const overview = await listInitiativeSummaries(getPrisma(), getToday());
  const initiatives = overview.initiatives.filter(
    (i) =>
      (!query.kind || i.kind === query.kind) &&
      (!query.health || i.health === query.health) &&
      (!query.lifecycleStatus || i.lifecycleStatus === query.lifecycleStatus),
  );
  return { ...overview, initiatives };
});
