import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { getAuth } from "../auth/auth";
import type { PrismaClient, Tx } from "../db/client";
import type { Role } from "../domain/types";
import { AppError, notFound } from "../errors";
import { ZCreateUser, ZNewUser, ZUserPatch, type NewUser } from "../validation/users";
import type { Actor } from "../views/actor";
import type { CreatedUser, UserView } from "../views/user";

export { ZNewUser, type NewUser };

/** Creates a user with an email + password account, hashed by the auth library (scrypt). */
export async function createUserWithPassword(prisma: PrismaClient, input: NewUser) {
  const data = ZNewUser.parse(input);
  if (await prisma.user.findUnique({ where: { email: data.email } }))
    throw duplicateEmail(data.email);
  // The auth library hashes the password (scrypt); the user and its credential land together or not at all.
  const passwordHash = await (await getAuth().$context).password.hash(data.password);
  const user = {
    id: randomUUID(),
    email: data.email,
    name: data.name,
    role: data.role,
    emailVerified: true,
  };
  await prisma
    .$transaction([
      prisma.user.create({ data: user }),
      prisma.account.create({
        data: {
          id: randomUUID(),
          userId: user.id,
          accountId: user.id,
          providerId: "credential",
          password: passwordHash,
        },
      }),
    ])
    .catch((error: unknown) => {
      // Two creations racing past the check above: the unique index decides, and it is still a 409.
      throw isUniqueViolation(error) ? duplicateEmail(data.email) : error;
    });
  return { id: user.id, email: data.email, name: data.name, role: data.role };
}

/** POST /api/users: without a password one is generated and returned once as `initialPassword`. */
export async function createUser(prisma: PrismaClient, input: unknown): Promise<CreatedUser> {
  const data = ZCreateUser.parse(input);
  const password = data.password ?? randomBytes(18).toString("base64url");
  const created = await createUserWithPassword(prisma, { ...data, password });
  const user = await getUserView(prisma, created.id);
  return data.password ? { user } : { user, initialPassword: password };
}

/**
 * PATCH /api/users/{id}: role and/or active. Deactivation ends the user's sessions and revokes their
 * tokens in the same transaction; there is always at least one active admin left.
 */
export async function updateUser(prisma: PrismaClient, actor: Actor, id: string, input: unknown) {
  const patch = ZUserPatch.parse(input);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) throw notFound("User");
    if (user.id === actor.id && patch.active === false)
      throw new AppError(400, "You cannot deactivate your own account.");
    if (user.id === actor.id && patch.role && patch.role !== "admin")
      throw new AppError(400, "You cannot remove your own admin role.");

    const wasActiveAdmin = user.role === "admin" && !user.deactivatedAt;
    const staysActiveAdmin =
      (patch.role ?? user.role) === "admin" && (patch.active ?? !user.deactivatedAt);
    if (
      wasActiveAdmin &&
      !staysActiveAdmin &&
      (await activeAdminIds(tx)).filter((a) => a !== id).length === 0
    ) {
      throw new AppError(
        400,
        `${user.email} is the last active admin; make someone else an admin first.`,
      );
    }

    const now = new Date();
    const deactivating = patch.active === false && !user.deactivatedAt;
    await tx.user.update({
      where: { id },
      data: {
        role: patch.role,
        deactivatedAt: patch.active === true ? null : deactivating ? now : undefined,
      },
    });
    if (deactivating) {
      await tx.session.deleteMany({ where: { userId: id } });
      await tx.apiToken.updateMany({
        where: { userId: id, revokedAt: null },
        data: { revokedAt: now },
      });
    }
  });
  return { user: await getUserView(prisma, id) };
}

/**
 * Locks the active admins' rows so that two admins demoting each other at the same moment cannot
 * both pass the "someone else is still an admin" check (the second waits and re-reads).
 */
async function activeAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "user" WHERE "role" = 'admin' AND "deactivatedAt" IS NULL FOR UPDATE`;
  return rows.map((r) => r.id);
}

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
  _count: { select: { apiTokens: { where: { revokedAt: null } } } },
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  deactivatedAt: Date | null;
  createdAt: Date;
  _count: { apiTokens: number };
};

function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    active: !u.deactivatedAt,
    createdAt: u.createdAt.toISOString(),
    apiTokens: u._count.apiTokens,
  };
}

async function getUserView(prisma: PrismaClient, id: string): Promise<UserView> {
  return toUserView(await prisma.user.findUniqueOrThrow({ where: { id }, select: USER_SELECT }));
}

export async function listUsers(prisma: PrismaClient) {
  const users = await prisma.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: USER_SELECT,
  });
  return users.map(toUserView);
}

const duplicateEmail = (email: string) =>
  new AppError(409, `A user with email ${email} already exists.`, {
    fieldErrors: { email: ["A user with this email already exists."] },
  });

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
