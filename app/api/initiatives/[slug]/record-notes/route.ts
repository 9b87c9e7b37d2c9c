import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { addRecordNote } from "@/lib/server/record-notes";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>(
  "initiative:write",
  async ({ request, actor, params }) =>
    NextResponse.json(
      await addRecordNote(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
      { status: 201 },
    ),
);
