import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { addMilestone } from "@/lib/server/initiative-milestones";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>(
  "milestone:write",
  async ({ request, actor, params }) =>
    NextResponse.json(
      await addMilestone(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
      { status: 201 },
    ),
);
