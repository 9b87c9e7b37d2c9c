import "server-only";
import { NextResponse } from "next/server";
import type { Permission } from "../auth/permissions";
import { requireActor } from "../server/actor";
import type { Actor } from "../views/actor";
import { errorResponse } from "./errors";

type Handler<P> = (ctx: { request: Request; actor: Actor; params: P }) => Promise<unknown>;

/**
 * Wraps a route handler: authenticates, checks the permission table, answers the handler's value
 * as JSON (a Response as it is), and turns every failure into an error answer (lib/http/errors).
 */
export function apiRoute<P = Record<string, never>>(permission: Permission, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const actor = await requireActor(request.headers, permission);
      const params = (await context?.params) ?? ({} as P);
      const result = await handler({ request, actor, params });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The answer to a request that created something. */
export function created(body: unknown): Response {
  return NextResponse.json(body, { status: 201 });
}
