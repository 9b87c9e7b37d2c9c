import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { linkSource } from "@/lib/server/sources";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>("source:write", async ({ request, actor, params }) =>
  NextResponse.json(
    await linkSource(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
    { status: 201 },
  ),
);
