import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client";
import type { Role } from "../domain/types";
import { notFound } from "../errors";
import { ZNewApiToken } from "../validation/users";
import type { ApiTokenView, CreatedApiToken } from "../views/token";

const TOKEN_PREFIX = "cor_";
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What a token owner may see of a token: never its hash. */
const TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;
type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function toTokenView(t: TokenRow): ApiTokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

async function issueToken(
  prisma: PrismaClient,
  userId: string,
  name: string,
): Promise<CreatedApiToken> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const record = await prisma.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
    select: TOKEN_SELECT,
  });
  return { token, apiToken: toTokenView(record) };
}

/** Creates a personal API token; the plain token is returned once and only its hash is stored. */
export async function createApiToken(
  prisma: PrismaClient,
  input: { email: string; name?: string },
) {
  const user = await prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
  if (!user) throw notFound(`User ${input.email}`);
  const { token } = await issueToken(prisma, user.id, input.name ?? "personal token");
  return { token, user: { email: user.email, role: user.role as Role } };
}

/** POST /api/tokens: a token for the caller; the plain `token` is in this answer and nowhere else. */
export async function createTokenForUser(prisma: PrismaClient, userId: string, input: unknown) {
  const { name } = ZNewApiToken.parse(input);
  return issueToken(prisma, userId, name);
}

/** GET /api/tokens: the caller's tokens, newest first, revoked ones included. */
export async function listTokensForUser(prisma: PrismaClient, userId: string) {
  const tokens = await prisma.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: TOKEN_SELECT,
  });
  return tokens.map(toTokenView);
}

/** DELETE /api/tokens/{id}: revokes one of the caller's tokens; someone else's is "not found". Idempotent. */
export async function revokeTokenForUser(prisma: PrismaClient, userId: string, id: string) {
  await prisma.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = await prisma.apiToken.findFirst({ where: { id, userId }, select: TOKEN_SELECT });
  if (!token) throw notFound("API token");
  return toTokenView(token);
}

/** The active user behind a bearer token, or null for unknown, revoked or deactivated. */
export async function findUserByApiToken(prisma: PrismaClient, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!record || record.revokedAt || record.user.deactivatedAt) return null;
  const now = Date.now();
  if (!record.lastUsedAt || now - record.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // At most one write per token per minute; bookkeeping must never turn a valid request away.
    await prisma.apiToken
      .updateMany({
        where: { id: record.id, revokedAt: null },
        data: { lastUsedAt: new Date(now) },
      })
      .catch((error: unknown) => console.error("Could not record API token use", error));
  }
  return record.user;
}
