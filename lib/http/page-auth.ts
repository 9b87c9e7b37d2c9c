import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { can, type Permission } from "../auth/permissions";
import { resolveActor } from "../server/actor";
import type { Actor } from "../views/actor";

/** For server components: signed-out visitors go to sign-in; `allowed` says whether the role may. */
export async function getPageActor(
  permission: Permission,
): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await resolveActor(await headers());
  if (!actor) redirect("/sign-in");
  return { actor, allowed: can(actor.role, permission) };
}
