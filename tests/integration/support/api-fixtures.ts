// Requests as a client sends them, for calling route handlers directly.
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/domain/types";
import { createDemoAccounts } from "./accounts";

type RequestOptions = {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  method?: string;
  /** A JSON body, serialised here. */
  body?: unknown;
  /** A body sent as it is: malformed JSON, CSV text, a FormData upload. */
  rawBody?: BodyInit;
  /** Defaults to JSON for `body` and for a text `rawBody`; null sends none (FormData sets its own). */
  contentType?: string | null;
};

/** A Request as a client would send it to `path`. */
export function apiRequest(path: string, options: RequestOptions = {}): Request {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const textBody = options.body !== undefined || typeof options.rawBody === "string";
  const contentType =
    options.contentType === undefined
      ? textBody
        ? "application/json"
        : null
      : options.contentType;
  if (contentType) headers["content-type"] = contentType;
  return new Request(`http://localhost${path}`, {
    method: options.method ?? "GET",
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}

/** The second argument Next passes to a route handler. */
export const routeParams = <P extends Record<string, string>>(params: P) => ({
  params: Promise.resolve(params),
});

/** For routes without path parameters. */
export const noParams = routeParams({} as Record<string, never>);

/** A route's answer: its status and its JSON body. */
export async function jsonAnswer(response: Response | Promise<Response>) {
  const res = await response;
  return { status: res.status, body: await res.json() };
}

/** Creates the three demo accounts and returns a bearer token for each role. */
export async function createRoleTokens(db: {
  prisma: PrismaClient;
}): Promise<Record<Role, string>> {
  return (await createDemoAccounts(db.prisma)).tokens;
}
