import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createDatabaseGate } from "@/lib/availability/database-gate";

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-11-28T12:00:00Z") }));
afterEach(() => vi.useRealTimers());

test("probes once per interval however many requests come, and sees the database go and return", async () => {
  let up = true;
  const probe = vi.fn(async () => up);
  const gate = createDatabaseGate(probe, 1000);

  expect(await Promise.all([gate.isDown(), gate.isDown(), gate.isDown()])).toEqual([
    false,
    false,
    false,
  ]);
  expect(probe).toHaveBeenCalledTimes(1);

  up = false;
  expect(await gate.isDown()).toBe(false); // still within the interval of the last good probe
  vi.advanceTimersByTime(1001);
  expect(await gate.isDown()).toBe(true);

  up = true;
  vi.advanceTimersByTime(1001);
  expect(await gate.isDown()).toBe(false);
  expect(probe).toHaveBeenCalledTimes(3);
});

test("a probe that throws or times out counts as down", async () => {
  const gate = createDatabaseGate(async () => {
    throw new Error("connection refused");
  });
  expect(await gate.isDown()).toBe(true);
});
