import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { reorderMilestones } from "@/lib/server/initiative-milestones";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>(
  "milestone:write",
  async ({ request, actor, params }) =>
    reorderMilestones(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
);
