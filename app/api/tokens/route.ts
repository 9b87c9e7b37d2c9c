import { getPrisma } from "@/lib/db/client";
import { createTokenForUser, listTokensForUser } from "@/lib/server/api-tokens";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";

export const dynamic = "force-dynamic";

export const GET = apiRoute("token:own", async ({ actor }) => ({
  tokens: await listTokensForUser(getPrisma(), actor.id),
}));

export const POST = apiRoute("token:own", async ({ request, actor }) =>
  created(await createTokenForUser(getPrisma(), actor.id, await readJson(request))),
);
