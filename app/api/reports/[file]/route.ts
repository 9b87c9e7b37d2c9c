import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { reportDownload } from "@/lib/server/reports/download";
import { searchParamsObject } from "@/lib/validation/portfolio";
import { reportAttachment } from "../attachment";

export const dynamic = "force-dynamic";

/** `status.<format>?asOf=&basis=&<filters>&initiative=` (a draft) or `<id>.<format>` (published). */
export const GET = apiRoute<{ file: string }>(
  "portfolio:read",
  async ({ request, actor, params }) =>
    reportAttachment(
      await reportDownload(getPrisma(), actor, params.file, searchParamsObject(request.url)),
    ),
);
