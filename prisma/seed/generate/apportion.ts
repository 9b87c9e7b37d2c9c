// Splits a whole-number total over items exactly, in proportion to their weights, within each
// item's minimum and maximum. Deterministic: plain arithmetic in a fixed order.
export type Share = { weight: number; min: number; max: number };

export function apportion(total: number, shares: Share[]): number[] {
  const out = shares.map((s) => s.min);
  let rest = total - out.reduce((sum, n) => sum + n, 0);
  if (rest < 0) throw new Error(`Cannot split ${total}: the minimums alone need ${total - rest}.`);
  while (rest > 0) {
    const open = shares.flatMap((s, i) => (out[i] < s.max ? [i] : []));
    if (open.length === 0)
      throw new Error(`Cannot split ${total}: at most ${total - rest} fit within the maximums.`);
    const weight = open.reduce((sum, i) => sum + shares[i].weight, 0);
    let given = 0;
    for (const i of open) {
      const share = weight > 0 ? Math.floor((rest * shares[i].weight) / weight) : 0;
      const add = Math.min(share, shares[i].max - out[i]);
      out[i] += add;
      given += add;
    }
    // What rounding left over goes one each, heaviest first, so the loop always ends.
    if (given === 0) {
      const heaviest = [...open].sort((a, b) => shares[b].weight - shares[a].weight || a - b);
      for (const i of heaviest.slice(0, rest)) out[i] += 1;
      given = Math.min(rest, heaviest.length);
    }
    rest -= given;
  }
  return out;
}
