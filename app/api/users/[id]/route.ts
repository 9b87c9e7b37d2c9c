import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { updateUser } from "@/lib/server/users";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>("user:manage", async ({ request, actor, params }) =>
  updateUser(getPrisma(), actor, params.id, await readJson(request)),
);
