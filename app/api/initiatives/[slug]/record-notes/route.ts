import { getPrisma } from "@/lib/db/client";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/json-body";
import { addRecordNote } from "@/lib/server/record-notes";
import { ZSlug } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ slug: string }>(
  "initiative:write",
  async ({ request, actor, params }) =>
    created(
      await addRecordNote(getPrisma(), actor, ZSlug.parse(params.slug), await readJson(request)),
    ),
);
