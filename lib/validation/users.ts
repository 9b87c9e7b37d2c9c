import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../constants";
import { ROLES } from "../domain/types";

export const USER_NAME_MAX = 120;
export const PASSWORD_MAX = 128;
export const TOKEN_NAME_MAX = 80;

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
  .max(USER_NAME_MAX, `Names are at most ${USER_NAME_MAX} characters.`);
const ZRole = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(", ")}.` });
const ZPassword = z
  .string({ message: "The password must be text." })
  .min(MIN_PASSWORD_LENGTH, `Passwords have at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters.`);

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
      .max(TOKEN_NAME_MAX, `Token names are at most ${TOKEN_NAME_MAX} characters.`),
  })
  .strict();
export type NewApiToken = z.infer<typeof ZNewApiToken>;
