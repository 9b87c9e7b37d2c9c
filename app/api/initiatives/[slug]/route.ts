import { getPrisma } from "@/lib/db/client";
import { todayIsoDay } from "@/lib/domain/dates";
import { apiRoute, readJson } from "@/lib/server/http";
import { updateInitiative } from "@/lib/server/initiatives";
import { getInitiativeDetail } from "@/lib/server/portfolio";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>("portfolio:read", async ({ params }) => {
  const slug = ZSlug.parse(params.slug);
  return getInitiativeDetail(getPrisma(), slug, todayIsoDay());
});

export const PATCH = apiRoute<{ slug: string }>(
  "initiative:write",
  async ({ request, actor, params }) =>
    updateInitiative(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
);
