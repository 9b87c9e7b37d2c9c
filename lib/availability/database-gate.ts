export type DatabaseGate = { isDown: () => Promise<boolean> };

/**
 * Whether the database answered its last health probe. Probes at most once per `ttlMs` however
 * many requests arrive (they share the probe in flight), so a page view costs nothing extra while
 * all is well, and a lost database is noticed, and its return seen, within about a second.
 */
export function createDatabaseGate(probe: () => Promise<boolean>, ttlMs = 1000): DatabaseGate {
  let last: { up: boolean; at: number } | null = null;
  let inFlight: Promise<boolean> | null = null;
  return {
    async isDown() {
      if (last && Date.now() - last.at < ttlMs) return !last.up;
      inFlight ??= probe()
        .catch(() => false)
        .then((up) => {
          last = { up, at: Date.now() };
          inFlight = null;
          return up;
        });
      return !(await inFlight);
    },
  };
}
