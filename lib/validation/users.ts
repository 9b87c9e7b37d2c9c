import { z } from "zod";
import { ROLES } from "../domain/types";

export const MIN_PASSWORD_LENGTH = 12;

const ZEmail = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .email("Enter a valid email address.")
  .max(254);
const ZName = z
  .string({ message: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Names are at most 120 characters.");
const ZRole = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(", ")}.` });
const ZPassword = z
  .string({ message: "The password must be text." })
  .min(MIN_PASSWORD_LENGTH, `Passwords have at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(128, "Passwords have at most 128 characters.");

/** A user as the CLI, the seed and the service create them: the password is always given. */
export const ZNewUser = z.object({ email: ZEmail, name: ZName, role: ZRole, password: ZPassword });
export type NewUser = z.infer<typeof ZNewUser>;

/** POST /api/users and the "Create user" form: a blank password means "generate one". */
export const ZCreateUser = z
  .object({
    email: ZEmail,
    name: ZName,
    role: ZRole,
    password: z.preprocess((v) => (v === "" || v === null ? undefined : v), ZPassword.optional()),
  })
  .strict();
export type CreateUser = z.infer<typeof ZCreateUser>;

/** PATCH /api/users/{id}: a new role, and/or active=false to deactivate, active=true to reactivate. */
export const ZUserPatch = z
  .object({
    role: ZRole.optional(),
    active: z.boolean({ message: "active is true or false." }).optional(),
  })
  .strict()
  .refine((p) => p.role !== undefined || p.active !== undefined, {
    message: "Change at least one of: role, active.",
    path: ["_"],
  });
export type UserPatch = z.infer<typeof ZUserPatch>;

/** POST /api/tokens. */
export const ZNewApiToken = z
  .object({
    name: z
      .string({ message: "Give the token a name." })
      .trim()
      .min(1, "Give the token a name.")
      .max(80, "Token names are at most 80 characters."),
  })
  .strict();
export type NewApiToken = z.infer<typeof ZNewApiToken>;
