import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { linkSource } from "@/lib/server/sources";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>("source:write", async ({ request, actor, params }) =>
  created(await linkSource(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request))),
);
