import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { postStatusUpdate } from "@/lib/server/status-updates";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>("update:write", async ({ request, actor, params }) =>
  NextResponse.json(
    await postStatusUpdate(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
    { status: 201 },
  ),
);
