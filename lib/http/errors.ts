import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { ApiErrorBody } from "../views/api-error";

/**
 * The one place a failure becomes an answer: invalid input 400 with a message per field, expected
 * failures with their own status and code, a unique-constraint clash 409, a record that vanished
 * 404, and anything else a 500 that reveals nothing of the server.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    return errorJson(400, {
      error: "Invalid input.",
      code: "invalid",
      fieldErrors: fieldErrorsOf(error),
    });
  }
  if (error instanceof AppError) {
    return errorJson(error.status, { ...error.details, error: error.message, code: error.code });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return errorJson(409, { error: "This already exists.", code: "duplicate" });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return errorJson(404, { error: "Not found.", code: "not_found" });
  }
  console.error(error);
  return errorJson(500, { error: "Something went wrong on the server.", code: "internal" });
}

function errorJson(status: number, body: ApiErrorBody): Response {
  return NextResponse.json(body, { status });
}

/** Zod issues as `{ field: messages }`; issues about the whole input go under "_". */
export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
