import type { Role } from "../domain/types";

export type UserView = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** Tokens not revoked. */
  apiTokens: number;
};

/** POST /api/users: `initialPassword` only when the server generated one. */
export type CreatedUser = { user: UserView; initialPassword?: string };
