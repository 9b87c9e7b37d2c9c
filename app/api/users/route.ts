import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { createUser, listUsers } from "@/lib/server/users";

export const dynamic = "force-dynamic";

export const GET = apiRoute("user:manage", async () => ({ users: await listUsers(getPrisma()) }));

export const POST = apiRoute("user:manage", async ({ request }) =>
  created(await createUser(getPrisma(), await readJson(request))),
);
