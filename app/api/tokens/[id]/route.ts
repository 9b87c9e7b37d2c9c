import { getPrisma } from "@/lib/db/client";
import { revokeTokenForUser } from "@/lib/server/api-tokens";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("token:own", async ({ actor, params }) => ({
  apiToken: await revokeTokenForUser(getPrisma(), actor.id, params.id),
}));
