import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { postStatusUpdate } from "@/lib/server/status-updates";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>("update:write", async ({ request, actor, params }) =>
  created(
    await postStatusUpdate(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
  ),
);
