import { describe, expect, it } from "vitest";
import { VersionedCache } from "@/lib/server/versioned-cache";

const owner = {};
const counting = () => {
  let calls = 0;
  return {
    compute: (value: string) => async () => {
      calls++;
      return { value };
    },
    calls: () => calls,
  };
};

describe("VersionedCache", () => {
  it("computes once per key and version, and again once the version moves", async () => {
    const cache = new VersionedCache<{ value: string }>(4);
    const c = counting();
    const a = await cache.getAt(owner, 1n, "k", c.compute("v1"));
    expect(await cache.getAt(owner, 1n, "k", c.compute("other"))).toBe(a);
    expect(c.calls()).toBe(1);
    expect(await cache.getAt(owner, 2n, "k", c.compute("v2"))).toEqual({ value: "v2" });
    expect(c.calls()).toBe(2);
  });

  it("shares one computation between concurrent readers", async () => {
    const cache = new VersionedCache<{ value: string }>(4);
    const c = counting();
    const [x, y] = await Promise.all([
      cache.getAt(owner, 1n, "k", c.compute("a")),
      cache.getAt(owner, 1n, "k", c.compute("b")),
    ]);
    expect(x).toBe(y);
    expect(c.calls()).toBe(1);
  });

  it("lets a reader of an older version compute for itself without displacing newer entries", async () => {
    const cache = new VersionedCache<{ value: string }>(4);
    const newer = await cache.getAt(owner, 5n, "k", counting().compute("new"));
    expect(await cache.getAt(owner, 4n, "k", counting().compute("old"))).toEqual({ value: "old" });
    expect(await cache.getAt(owner, 5n, "k", counting().compute("again"))).toBe(newer);
  });

  it("forgets a failed computation, and keeps owners apart", async () => {
    const cache = new VersionedCache<{ value: string }>(4);
    await expect(
      cache.getAt(owner, 1n, "k", async () => {
        throw new Error("database down");
      }),
    ).rejects.toThrow("database down");
    expect(await cache.getAt(owner, 1n, "k", counting().compute("ok"))).toEqual({ value: "ok" });
    expect(await cache.getAt({}, 1n, "k", counting().compute("elsewhere"))).toEqual({
      value: "elsewhere",
    });
  });

  it("holds at most its size, dropping the least recently used", async () => {
    const cache = new VersionedCache<{ value: string }>(2);
    const a = await cache.getAt(owner, 1n, "a", counting().compute("a"));
    await cache.getAt(owner, 1n, "b", counting().compute("b"));
    expect(await cache.getAt(owner, 1n, "a", counting().compute("a2"))).toBe(a);
    await cache.getAt(owner, 1n, "c", counting().compute("c"));
    const c = counting();
    await cache.getAt(owner, 1n, "b", c.compute("b2"));
    expect(c.calls()).toBe(1);
    expect(await cache.getAt(owner, 1n, "c", counting().compute("c2"))).toEqual({ value: "c" });
  });
});
