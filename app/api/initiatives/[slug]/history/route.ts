import { getPrisma } from "@/lib/db/client";
import { initiativeHistory } from "@/lib/server/history";
import { apiRoute } from "@/lib/http/api-route";
import { ZHistoryQuery } from "@/lib/validation/history";
import { ZSlug, searchParamsObject } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>("portfolio:read", async ({ request, params }) =>
  initiativeHistory(
    getPrisma(),
    ZSlug.parse(params.slug),
    ZHistoryQuery.parse(searchParamsObject(request.url)),
  ),
);
