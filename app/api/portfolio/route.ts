import { getPrisma } from "@/lib/db/client";
import { getToday } from "@/lib/server/today";
import { getPortfolioForApi } from "@/lib/server/dashboard";
import { apiRoute } from "@/lib/http/api-route";
import { zPortfolioQuery } from "@/lib/validation/dashboard";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async ({ request }) => {
  const today = getToday();
  const { asOf, basis, since, ...filters } = zPortfolioQuery(today).parse(
    searchParamsObject(request.url),
  );
  return getPortfolioForApi(getPrisma(), { asOf: asOf ?? today, basis, since, filters });
});
