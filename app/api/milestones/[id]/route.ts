import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { updateMilestone } from "@/lib/server/milestones";
import { getMilestoneView } from "@/lib/server/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("portfolio:read", async ({ params }) =>
  getMilestoneView(getPrisma(), params.id),
);

export const PATCH = apiRoute<{ id: string }>(
  "milestone:write",
  async ({ request, actor, params }) =>
    updateMilestone(getPrisma(), actor, params.id, await readJson(request)),
);
