// The write routes most tests go through, called as a client with `token` calls them.
import { PATCH as patchInitiativeRoute } from "@/app/api/initiatives/[slug]/route";
import { POST as postUpdateRoute } from "@/app/api/initiatives/[slug]/updates/route";
import { POST as rebaselineRoute } from "@/app/api/milestones/[id]/rebaseline/route";
import { PATCH as patchMilestoneRoute } from "@/app/api/milestones/[id]/route";
import { apiRequest, routeParams } from "./api-fixtures";

type Handler<K extends string> = (
  request: Request,
  context: { params: Promise<Record<K, string>> },
) => Promise<Response>;

/** Calls `handler` as `method` on `route` ("/api/milestones/[id]") for one id or slug, with a JSON body. */
function caller<K extends string>(method: string, handler: Handler<K>, route: string) {
  const key = /\[(\w+)\]/.exec(route)![1] as K;
  return (token: string | undefined, value: string, body: unknown) =>
    handler(
      apiRequest(route.replace(`[${key}]`, value), { method, token, body }),
      routeParams({ [key]: value } as Record<K, string>),
    );
}

export const patchMilestone = caller("PATCH", patchMilestoneRoute, "/api/milestones/[id]");
export const rebaselineMilestone = caller(
  "POST",
  rebaselineRoute,
  "/api/milestones/[id]/rebaseline",
);
export const patchInitiative = caller("PATCH", patchInitiativeRoute, "/api/initiatives/[slug]");
export const postStatusUpdate = caller("POST", postUpdateRoute, "/api/initiatives/[slug]/updates");
