import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional(),
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters")
    .optional(),
  BETTER_AUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  PGLITE_DIR: z.string().optional(),
  AUTH_SIGNIN_MAX_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** The header a trusted reverse proxy sets to the client's address, e.g. x-forwarded-for. */
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i)
    .optional(),
});

export type Env = z.infer<typeof ZEnv> & { demoMode: boolean; authSecret: string; baseUrl: string };

let cached: Env | null = null;

/** Validated configuration. Demo mode is the embedded database: it alone seeds demo accounts. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const env = parsed.data;
  const demoMode = !env.DATABASE_URL;
  cached = {
    ...env,
    demoMode,
    authSecret: env.BETTER_AUTH_SECRET ?? demoSecret(demoMode),
    baseUrl: env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`,
  };
  return cached;
}

/** The embedded demo keeps a random secret beside its data; production must be configured. */
function demoSecret(demoMode: boolean): string {
  if (!demoMode)
    throw new Error(
      "BETTER_AUTH_SECRET is required when DATABASE_URL is set (generate one with: openssl rand -base64 32)",
    );
  const dir = path.resolve(
    /*turbopackIgnore: true*/ process.env.PGLITE_DIR && process.env.PGLITE_DIR !== "memory://"
      ? path.dirname(process.env.PGLITE_DIR)
      : ".data",
  );
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
