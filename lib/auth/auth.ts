import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { MIN_PASSWORD_LENGTH } from "../constants";
import { getPrisma } from "../db/client";
import { getEnv } from "../env";
import { signInGuard } from "./sign-in-guard";

function createAuth() {
  const env = getEnv();
  const prisma = getPrisma();
  const origin = new URL(env.baseUrl);
  const guard = signInGuard({
    prisma: getPrisma,
    secret: env.authSecret,
    rule: { maxFailures: env.AUTH_SIGNIN_MAX_PER_MINUTE, windowMs: 60_000 },
    clientIpHeader: env.CLIENT_IP_HEADER?.toLowerCase() ?? null,
    secureCookies: origin.protocol === "https:",
  });
  const localAliases =
    origin.hostname === "localhost" ? [`${origin.protocol}//127.0.0.1:${origin.port}`] : [];
  return betterAuth({
    appName: "Corridor",
    baseURL: env.baseUrl,
    secret: env.authSecret,
    trustedOrigins: [env.baseUrl, ...localAliases],
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: { role: { type: "string", input: false, defaultValue: "executive" } },
    },
    // No signed cookie cache of the session: it would keep a signed-out (or stolen) session usable
    // until the cache expires; one indexed read per request is the price of ending it at once.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Kept in the database so that every app server shares the counts. Failed sign-ins have their
    // own, finer limits (lib/auth/sign-in-guard.ts) instead of a per-request count.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      storage: "database",
      customRules: { "/sign-in/email": false },
    },
    hooks: { before: guard.before, after: guard.after },
    advanced: {
      useSecureCookies: origin.protocol === "https:",
      // Any client can send X-Forwarded-For; read an address only from a header a trusted proxy sets.
      // Without one, sign-in attempts from everyone share one bucket, which still stops brute force.
      ipAddress: {
        ipAddressHeaders: env.CLIENT_IP_HEADER ? [env.CLIENT_IP_HEADER.toLowerCase()] : [],
      },
    },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const user = await prisma.user.findUnique({
              where: { id: session.userId },
              select: { deactivatedAt: true },
            });
            if (user?.deactivatedAt)
              throw new APIError("FORBIDDEN", { message: "This account has been deactivated." });
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { corridorAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.corridorAuth ??= createAuth();
  return globalForAuth.corridorAuth;
}
