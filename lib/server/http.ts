import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Permission } from "../auth/permissions";
import { AppError } from "../errors";
import { requireActor, type Actor } from "./actor";

type Handler<P> = (ctx: { request: Request; actor: Actor; params: P }) => Promise<unknown>;

/**
 * Wraps a route handler: authenticates, checks the permission table, and turns failures into
 * JSON answers (400 invalid input with a message per field, 401, 403, 404, 409, 500 without internals).
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

const MAX_JSON_BYTES = 2_000_000;

/** Reads a JSON body: malformed JSON is a 400, an oversized body a 413, before any validation runs. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES)
    throw new AppError(413, "The request body is larger than 2 MB.");
  if (!text.trim()) throw new AppError(400, "Send a JSON body.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "The request body is not valid JSON.");
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    return NextResponse.json(
      { error: "Invalid input.", fieldErrors: fieldErrorsOf(error) },
      { status: 400 },
    );
  }
  if (error instanceof AppError) {
    return NextResponse.json({ error: error.message, ...error.details }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on the server." }, { status: 500 });
}

export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
