import { getPrisma } from "@/lib/db/client";
import { todayIsoDay } from "@/lib/domain/dates";
import { apiRoute } from "@/lib/server/http";
import { getInitiativeDetail } from "@/lib/server/portfolio";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>("portfolio:read", async ({ params }) => {
  const slug = ZSlug.parse(params.slug);
  return getInitiativeDetail(getPrisma(), slug, todayIsoDay());
});
