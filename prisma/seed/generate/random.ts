// A small seeded PRNG (mulberry32): the same seed number always gives the same sequence, on any
// machine, so a generated data set can be rebuilt exactly from its seed.
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** A whole number from `min` to `max`, both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** One of the values, each as likely as its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** `count` distinct items in their original order. */
  sample: <T>(items: readonly T[], count: number) => T[];
};

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A generator of its own for each (seed, stream): one initiative's data does not depend on how many
 * numbers another initiative drew, so changing one part of the generator leaves the rest alone.
 */
export function createRng(seed: number, stream = 0): Rng {
  const next = mulberry32((seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let point = next() * total;
      for (const [value, w] of entries) {
        point -= w;
        if (point < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    sample: (items, count) => {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
    },
  };
}
