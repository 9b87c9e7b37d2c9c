// "Today" for every integration test: the seed's last day, whatever the machine's clock says. The
// app reads CORRIDOR_TODAY on each call (lib/server/today.ts), and every process a test spawns (the
// npm scripts, the crash writer) inherits it.
import { afterAll } from "vitest";
import { addDaysIso } from "@/lib/domain/dates";

export const TODAY = "2026-11-28";
/** The first day the app must treat as the future. */
export const TOMORROW = addDaysIso(TODAY, 1);

/**
 * Pins today for the calling test file, from the moment it is collected until its last test ends.
 * `databaseForFile` calls it; files without that database call it at their top.
 */
export function pinToday(): void {
  const previous = process.env.CORRIDOR_TODAY;
  process.env.CORRIDOR_TODAY = TODAY;
  afterAll(() => {
    if (previous === undefined) delete process.env.CORRIDOR_TODAY;
    else process.env.CORRIDOR_TODAY = previous;
  });
}
