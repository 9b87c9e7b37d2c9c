import { randomBytes } from "node:crypto";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "@/lib/db/client";
import {
  failureKeys,
  retryAfterSeconds,
  type SignInRule,
  type SignInSubject,
} from "@/lib/domain/sign-in-limits";
import { clearFailures, readFailureCounts, recordFailure } from "@/lib/server/sign-in-failures";

const SIGN_IN_PATH = "/sign-in/email";
const DEVICE_COOKIE = "corridor_device";
const DEVICE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

type GuardOptions = {
  prisma: () => PrismaClient;
  secret: string;
  rule: SignInRule;
  /** The header a trusted proxy sets to the client's address, lower-case; null when none. */
  clientIpHeader: string | null;
  secureCookies: boolean;
};

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** better-auth hooks that limit failed sign-ins in the database (lib/domain/sign-in-limits.ts). */
export function signInGuard(options: GuardOptions) {
  async function subjectOf(ctx: HookContext): Promise<SignInSubject | null> {
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    if (typeof email !== "string" || !email || email.length > 320) return null;
    const device = await ctx.getSignedCookie(DEVICE_COOKIE, options.secret);
    const [deviceId, deviceEmail] = typeof device === "string" ? device.split("|") : [];
    const trusted = deviceId && deviceEmail === email.trim().toLowerCase() ? deviceId : null;
    return { email, clientAddress: clientAddress(ctx), trustedDeviceId: trusted };
  }

  function clientAddress(ctx: HookContext): string | null {
    if (!options.clientIpHeader) return null;
    const value = ctx.headers?.get(options.clientIpHeader)?.split(",")[0]?.trim();
    return value ? value.slice(0, 64) : null;
  }

  const before = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const subject = await subjectOf(ctx);
    if (!subject) return;
    const counts = await readFailureCounts(options.prisma(), failureKeys(subject));
    const wait = retryAfterSeconds(counts, options.rule, new Date());
    if (wait > 0) {
      throw new APIError(
        "TOO_MANY_REQUESTS",
        {
          message: `Too many failed sign-ins. Try again in ${wait} seconds.`,
          code: "rate_limited",
        },
        { "retry-after": String(wait) },
      );
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const subject = await subjectOf(ctx);
    if (!subject) return;
    const keys = failureKeys(subject);
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      if (returned.statusCode === 401)
        await recordFailure(options.prisma(), keys, options.rule, new Date());
      return;
    }
    if (!ctx.context.newSession) return;
    await clearFailures(
      options.prisma(),
      keys.filter((key) => !key.startsWith("client:")),
    );
    const deviceId = subject.trustedDeviceId ?? randomBytes(12).toString("base64url");
    await ctx.setSignedCookie(
      DEVICE_COOKIE,
      `${deviceId}|${subject.email.trim().toLowerCase()}`,
      options.secret,
      {
        httpOnly: true,
        sameSite: "lax",
        secure: options.secureCookies,
        path: "/api/auth",
        maxAge: DEVICE_COOKIE_MAX_AGE,
      },
    );
  });

  return { before, after };
}
