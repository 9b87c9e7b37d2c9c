import "server-only";
import type { Role } from "../domain/types";
import { getAuth } from "../auth/auth";
import { can, PERMISSION_LABELS, type Permission } from "../auth/permissions";
import { getPrisma } from "../db/client";
import { forbidden, unauthorized } from "../errors";
import type { Actor } from "../views/actor";
import { findUserByApiToken } from "./api-tokens";
import { VersionedCache } from "./versioned-cache";
import type { Prisma } from "../generated/prisma/client";

/** A bearer token wins over a session cookie; deactivated users resolve to nobody. */
export async function resolveActor(headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    const user = await findUserByApiToken(getPrisma(), authorization.slice(7).trim());
    return user ? toActor(user) : null;
  }
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const prisma = getPrisma();
  const user = await users.get(prisma, session.user.id, () =>
    prisma.user.findUnique({ where: { id: session.user.id }, select: actorSelect }),
  );
  return user && !user.deactivatedAt ? toActor(user) : null;
}

const actorSelect = { id: true, email: true, name: true, role: true, deactivatedAt: true } as const;
type UserRow = Prisma.UserGetPayload<{ select: typeof actorSelect }> | null;

// Role and deactivation are read from the user row, not the session cookie, so they count at
// once; the row is kept per data version, which every change to a user raises.
const users = new VersionedCache<UserRow>(500);

export async function requireActor(headers: Headers, permission: Permission): Promise<Actor> {
  const actor = await resolveActor(headers);
  if (!actor) throw unauthorized();
  if (!can(actor.role, permission)) throw forbidden(PERMISSION_LABELS[permission]);
  return actor;
}

function toActor(user: { id: string; email: string; name: string; role: string }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}
