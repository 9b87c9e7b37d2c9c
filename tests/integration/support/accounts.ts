import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import type { Role } from "@/lib/domain/types";
import type { PrismaClient } from "@/lib/db/client";
import { createApiToken } from "@/lib/server/api-tokens";
import { createUserWithPassword } from "@/lib/server/users";

export type DemoAccounts = { tokens: Record<Role, string>; userIds: Record<Role, string> };

/** The demo account of a role: email, name and password. */
export function demoAccount(role: Role) {
  return DEMO_ACCOUNTS.find((account) => account.role === role)!;
}

/** Creates the three demo accounts, each with a personal API token. */
export async function createDemoAccounts(prisma: PrismaClient): Promise<DemoAccounts> {
  const accounts = { tokens: {}, userIds: {} } as DemoAccounts;
  for (const account of DEMO_ACCOUNTS) {
    const { token, id } = await createUserWithToken(prisma, account);
    accounts.tokens[account.role] = token;
    accounts.userIds[account.role] = id;
  }
  return accounts;
}

/** A user with a password and a personal API token; the name defaults to the email's local part. */
export async function createUserWithToken(
  prisma: PrismaClient,
  input: { email: string; role: Role; name?: string; password?: string },
) {
  const password = input.password ?? "a-long-password-1";
  const user = await createUserWithPassword(prisma, {
    email: input.email,
    role: input.role,
    name: input.name ?? input.email.split("@")[0],
    password,
  });
  const { token } = await createApiToken(prisma, { email: user.email });
  return { ...user, token, password };
}
