import { describe, expect, test } from "vitest";
import { failureKeys, retryAfterSeconds } from "@/lib/domain/sign-in-limits";

const rule = { maxFailures: 3, windowMs: 60_000 };
const now = new Date("2026-11-28T12:00:30Z");

describe("failure keys", () => {
  test("without a client address, failures count per account from untrusted clients", () => {
    expect(
      failureKeys({ email: " A@X.test ", clientAddress: null, trustedDeviceId: null }),
    ).toEqual(["account:a@x.test:untrusted"]);
  });

  test("a trusted device has its own count; a known client address adds a per-client count", () => {
    expect(failureKeys({ email: "a@x.test", clientAddress: null, trustedDeviceId: "d1" })).toEqual([
      "device:d1:a@x.test",
    ]);
    expect(
      failureKeys({ email: "a@x.test", clientAddress: "203.0.113.7", trustedDeviceId: null }),
    ).toEqual(["account:a@x.test:client:203.0.113.7", "client:203.0.113.7"]);
  });
});

describe("retry after", () => {
  test("0 below the limit or once the window has passed", () => {
    expect(
      retryAfterSeconds(
        [{ failures: 2, windowStart: new Date("2026-11-28T12:00:00Z") }],
        rule,
        now,
      ),
    ).toBe(0);
    expect(
      retryAfterSeconds(
        [{ failures: 9, windowStart: new Date("2026-11-28T11:59:00Z") }],
        rule,
        now,
      ),
    ).toBe(0);
  });

  test("the seconds left in the longest blocking window", () => {
    const counts = [
      { failures: 3, windowStart: new Date("2026-11-28T12:00:00Z") },
      { failures: 5, windowStart: new Date("2026-11-28T12:00:20Z") },
    ];
    expect(retryAfterSeconds(counts, rule, now)).toBe(50);
  });
});
