import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { addMilestone } from "@/lib/server/initiative-milestones";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>(
  "milestone:write",
  async ({ request, actor, params }) =>
    created(
      await addMilestone(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
    ),
);
