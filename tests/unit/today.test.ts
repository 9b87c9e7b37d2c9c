import { afterEach, describe, expect, it } from "vitest";
import { toIsoDay } from "@/lib/domain/dates";
import { getToday } from "@/lib/server/today";

describe("today on the server", () => {
  const saved = process.env.CORRIDOR_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.CORRIDOR_TODAY;
    else process.env.CORRIDOR_TODAY = saved;
  });

  it("is pinned by CORRIDOR_TODAY, read on each call", () => {
    process.env.CORRIDOR_TODAY = "2026-11-28";
    expect(getToday()).toBe("2026-11-28");
    process.env.CORRIDOR_TODAY = "2026-12-01";
    expect(getToday()).toBe("2026-12-01");
  });
  it("is the UTC day when the pin is absent or not a real day", () => {
    process.env.CORRIDOR_TODAY = "2026-02-30";
    expect(getToday()).toBe(toIsoDay(new Date()));
    delete process.env.CORRIDOR_TODAY;
    expect(getToday()).toBe(toIsoDay(new Date()));
  });
});
