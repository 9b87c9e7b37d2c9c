import { getPrisma } from "@/lib/db/client";
import { getToday } from "@/lib/server/today";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { updateInitiative } from "@/lib/server/initiatives";
import { getInitiativeView } from "@/lib/server/initiative-as-of";
import { zPortfolioQuery } from "@/lib/validation/dashboard";
import { searchParamsObject, ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

/** ?asOf=YYYY-MM-DD[&basis=effective|recorded] replays the initiative to that day. */
export const GET = apiRoute<{ slug: string }>("portfolio:read", async ({ request, params }) => {
  const slug = ZSlug.parse(params.slug);
  const today = getToday();
  const view = zPortfolioQuery(today)
    .pick({ asOf: true, basis: true })
    .strict()
    .parse(searchParamsObject(request.url));
  return getInitiativeView(getPrisma(), slug, today, {
    asOf: view.asOf ?? null,
    basis: view.basis,
  });
});

export const PATCH = apiRoute<{ slug: string }>(
  "initiative:write",
  async ({ request, actor, params }) =>
    updateInitiative(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
);
