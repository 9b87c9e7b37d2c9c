import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { FailureCount, SignInRule } from "@/lib/domain/sign-in-limits";

export async function readFailureCounts(
  prisma: PrismaClient,
  keys: string[],
): Promise<FailureCount[]> {
  return prisma.signInFailure.findMany({
    where: { key: { in: keys } },
    select: { failures: true, windowStart: true },
  });
}

/** Counts one failure against each key in one statement per key, atomic under concurrency. */
export async function recordFailure(
  prisma: PrismaClient,
  keys: string[],
  rule: SignInRule,
  now: Date,
) {
  const windowOpenedAfter = new Date(now.getTime() - rule.windowMs);
  await prisma.$transaction(
    keys.map(
      (key) => prisma.$executeRaw`
        INSERT INTO sign_in_failure (key, failures, "windowStart") VALUES (${key}, 1, ${now})
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN sign_in_failure."windowStart" > ${windowOpenedAfter}
            THEN sign_in_failure.failures + 1 ELSE 1 END,
          "windowStart" = CASE WHEN sign_in_failure."windowStart" > ${windowOpenedAfter}
            THEN sign_in_failure."windowStart" ELSE ${now} END`,
    ),
  );
}

export async function clearFailures(prisma: PrismaClient, keys: string[]) {
  await prisma.signInFailure.deleteMany({ where: { key: { in: keys } } });
}
