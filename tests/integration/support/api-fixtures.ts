import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import type { Role } from "@/lib/domain/types";
import { createApiToken } from "@/lib/server/api-tokens";
import { createUserWithPassword } from "@/lib/server/users";
import type { TestDatabase } from "./test-database";

/** Creates the three demo accounts and a bearer token for each role. */
export async function createRoleTokens(db: TestDatabase): Promise<Record<Role, string>> {
  process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  const tokens = {} as Record<Role, string>;
  for (const account of DEMO_ACCOUNTS) {
    await createUserWithPassword(db.prisma, account);
    tokens[account.role] = (await createApiToken(db.prisma, { email: account.email })).token;
  }
  return tokens;
}

/** A Request as a client would send it, with an optional bearer token and JSON body. */
export function apiRequest(
  path: string,
  options: { token?: string; method?: string; body?: unknown; rawBody?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.rawBody !== undefined)
    headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, {
    method: options.method ?? "GET",
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}

export const routeParams = <P extends Record<string, string>>(params: P) => ({
  params: Promise.resolve(params),
});
