import { z } from "zod";
import { getAuth } from "../auth/auth";
import type { PrismaClient } from "../db/client";
import { ROLES } from "../domain/types";
import { AppError } from "../errors";

export const ZNewUser = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(", ")}.` }),
  password: z.string().min(12, "Passwords have at least 12 characters.").max(128),
});
export type NewUser = z.infer<typeof ZNewUser>;

/** Creates a user with an email + password account, hashed by the auth library (scrypt). */
export async function createUserWithPassword(prisma: PrismaClient, input: NewUser) {
  const data = ZNewUser.parse(input);
  if (await prisma.user.findUnique({ where: { email: data.email } })) {
    throw new AppError(409, `A user with email ${data.email} already exists.`);
  }
  const ctx = await getAuth().$context;
  const user = await ctx.internalAdapter.createUser(
    { email: data.email, name: data.name, emailVerified: true, role: data.role },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(data.password),
  });
  return { id: user.id, email: data.email, name: data.name, role: data.role };
}

export async function listUsers(prisma: PrismaClient) {
  const users = await prisma.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, deactivatedAt: true, createdAt: true, _count: { select: { apiTokens: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: !u.deactivatedAt,
    createdAt: u.createdAt.toISOString(),
    apiTokens: u._count.apiTokens,
  }));
}
