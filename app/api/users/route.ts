import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/server/http";
import { listUsers } from "@/lib/server/users";

export const dynamic = "force-dynamic";

export const GET = apiRoute("user:manage", async () => ({ users: await listUsers(getPrisma()) }));
