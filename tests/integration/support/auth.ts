// Signing in through the app's own auth route, as a browser on the app's origin does.
import { POST as authPost } from "@/app/api/auth/[...all]/route";

export const APP_ORIGIN = "http://localhost:3000";

/** A request to better-auth under /api/auth, from the app's origin, with an optional JSON body and cookie. */
export function authRequest(
  path: string,
  init: { body?: unknown; cookie?: string; method?: string; headers?: Record<string, string> } = {},
): Request {
  const headers: Record<string, string> = { origin: APP_ORIGIN, ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  return new Request(`${APP_ORIGIN}/api/auth${path}`, {
    method: init.method ?? "POST",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/**
 * Signs in with email and password. `cookie` is what the browser sends along (a device cookie from
 * an earlier sign-in); `headers` adds e.g. a proxy's X-Forwarded-For. Answers the status, the
 * response and the cookies it sets, ready to send back as a Cookie header.
 */
export async function signIn(
  credentials: { email: string; password: string },
  options: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const res = await authPost(authRequest("/sign-in/email", { body: credentials, ...options }));
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { status: res.status, res, cookie };
}
