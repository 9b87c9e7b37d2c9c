import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { createUser, listUsers } from "@/lib/server/users";

export const dynamic = "force-dynamic";

export const GET = apiRoute("user:manage", async () => ({ users: await listUsers(getPrisma()) }));

export const POST = apiRoute("user:manage", async ({ request }) =>
  createUser(getPrisma(), await readJson(request)),
);
