import type { Role } from "../domain/types";

/** The one table that decides what each role may do; every page, route and action checks it on the server. */
export const PERMISSIONS = {
  "portfolio:read": ["admin", "analyst", "executive"],
  "initiative:write": ["admin", "analyst"],
  "milestone:write": ["admin", "analyst"],
  "update:write": ["admin", "analyst"],
  "source:write": ["admin", "analyst"],
  "import:run": ["admin", "analyst"],
  "audit:read": ["admin", "analyst"],
  "report:publish": ["admin", "analyst"],
  "user:manage": ["admin"],
  "token:own": ["admin", "analyst", "executive"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** How a refusal reads: "Your role may not <label>." */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "portfolio:read": "read the portfolio",
  "initiative:write": "change initiatives",
  "milestone:write": "change milestones",
  "update:write": "post status updates",
  "source:write": "add sources",
  "import:run": "import milestones",
  "audit:read": "read the audit log",
  "report:publish": "publish reports",
  "user:manage": "manage users",
  "token:own": "hold API tokens",
};
