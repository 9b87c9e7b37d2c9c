import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { isExposedAuthEndpoint } from "@/lib/auth/exposed-endpoints";

function handle(method: "GET" | "POST") {
  // Resolved per request so that building the app never opens the database.
  return (request: Request) => {
    if (!isExposedAuthEndpoint(method, new URL(request.url).pathname)) {
      return Response.json({ error: "Not found.", code: "not_found" }, { status: 404 });
    }
    return toNextJsHandler(getAuth())[method](request);
  };
}

export const GET = handle("GET");
export const POST = handle("POST");
