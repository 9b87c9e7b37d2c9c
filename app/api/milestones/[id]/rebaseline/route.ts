import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { rebaselineMilestone } from "@/lib/server/milestones";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(
  "milestone:write",
  async ({ request, actor, params }) =>
    rebaselineMilestone(getPrisma(), actor, params.id, await readJson(request)),
);
