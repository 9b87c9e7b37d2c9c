import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { searchPortfolio } from "@/lib/server/search";
import { searchParamsObject } from "@/lib/validation/portfolio";
import { ZSearchQuery } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** Initiatives, milestones, status updates and sources containing `q` (2–100 characters). */
export const GET = apiRoute("portfolio:read", async ({ request }) => {
  const { q } = ZSearchQuery.parse(searchParamsObject(request.url));
  return searchPortfolio(getPrisma(), q);
});
