import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client";
import type { Role } from "../domain/types";
import { notFound } from "../errors";

const TOKEN_PREFIX = "cor_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a personal API token; the plain token is returned once and only its hash is stored. */
export async function createApiToken(prisma: PrismaClient, input: { email: string; name?: string }) {
  const user = await prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
  if (!user) throw notFound(`User ${input.email}`);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  await prisma.apiToken.create({
    data: { userId: user.id, name: input.name ?? "personal token", tokenHash: hashToken(token), prefix: token.slice(0, 10) },
  });
  return { token, user: { email: user.email, role: user.role as Role } };
}

/** The active user behind a bearer token, or null for unknown, revoked or deactivated. */
export async function findUserByApiToken(prisma: PrismaClient, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!record || record.revokedAt || record.user.deactivatedAt) return null;
  return record.user;
}
