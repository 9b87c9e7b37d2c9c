import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { apiRoute, readJson } from "@/lib/server/http";
import { createSource, listSources } from "@/lib/server/sources";

export const dynamic = "force-dynamic";

export const GET = apiRoute("portfolio:read", async () => listSources(getPrisma()));

export const POST = apiRoute("source:write", async ({ request }) =>
  NextResponse.json(await createSource(getPrisma(), await readJson(request)), { status: 201 }),
);
