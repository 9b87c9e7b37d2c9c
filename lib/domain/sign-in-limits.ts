export type FailureCount = { failures: number; windowStart: Date };
export type SignInRule = { maxFailures: number; windowMs: number };

/** Which counters a sign-in attempt is charged to and checked against. */
export type SignInSubject = {
  email: string;
  /** The client's address, when a trusted proxy reports it (CLIENT_IP_HEADER). */
  clientAddress: string | null;
  /** A device this account signed in from before (a signed cookie), if the request carries one. */
  trustedDeviceId: string | null;
};

/**
 * Failures are counted per account *as seen from where the attempt comes*: from a device that has
 * signed in to the account before, from one client address, or, when neither is known, from
 * anywhere else. Someone guessing passwords therefore locks out only their own way in, never the
 * account holder's own browser, and never another account. Each client address also has a limit
 * across accounts, so spraying many accounts is stopped too.
 */
export function failureKeys(subject: SignInSubject): string[] {
  const email = subject.email.trim().toLowerCase();
  const account = subject.trustedDeviceId
    ? `device:${subject.trustedDeviceId}:${email}`
    : subject.clientAddress
      ? `account:${email}:client:${subject.clientAddress}`
      : `account:${email}:untrusted`;
  return subject.clientAddress ? [account, `client:${subject.clientAddress}`] : [account];
}

/** Seconds until the attempt may be retried, or 0 when it may go ahead. */
export function retryAfterSeconds(counts: FailureCount[], rule: SignInRule, now: Date): number {
  const waits = counts
    .filter((count) => isCurrent(count, rule, now) && count.failures >= rule.maxFailures)
    .map((count) => count.windowStart.getTime() + rule.windowMs - now.getTime());
  return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : 0;
}

export function isCurrent(count: FailureCount, rule: SignInRule, now: Date): boolean {
  return now.getTime() - count.windowStart.getTime() < rule.windowMs;
}
