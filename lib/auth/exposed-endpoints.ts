/**
 * The better-auth endpoints Corridor offers. Everything else better-auth would serve (update-user,
 * change-email, delete-user, sign-up, account linking, …) answers 404: profile and role changes go
 * through Corridor's own routes, which check the permission table.
 */
const EXPOSED = new Set([
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
  "POST /change-password",
]);

export function isExposedAuthEndpoint(method: string, pathname: string): boolean {
  const route = pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  return EXPOSED.has(`${method.toUpperCase()} ${route}`);
}
