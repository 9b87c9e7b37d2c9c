import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { createSource, listSources } from "@/lib/server/sources";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async () => listSources(getPrisma()));

export const POST = apiRoute("source:write", async ({ request }) =>
  created(await createSource(getPrisma(), await readJson(request))),
);
