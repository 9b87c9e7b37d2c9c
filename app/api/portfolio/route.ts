import { getPrisma } from "@/lib/db/client";
import { todayIsoDay } from "@/lib/domain/dates";
import { getPortfolioSnapshot } from "@/lib/server/dashboard";
import { apiRoute } from "@/lib/server/http";
import { zPortfolioQuery } from "@/lib/validation/dashboard";
import { searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async ({ request }) => {
  const today = todayIsoDay();
  const { asOf, basis, since: _since, ...filters } = zPortfolioQuery(today).parse(searchParamsObject(request.url));
  return getPortfolioSnapshot(getPrisma(), { asOf: asOf ?? today, basis, filters });
});
