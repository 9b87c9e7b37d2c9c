import type { InitiativeMeta } from "@/lib/domain/portfolio-snapshot";

/** The initiative of the unit tests' one-initiative portfolios: an MOU launched at the summit. */
export function snapshotInitiative(over: Partial<InitiativeMeta> = {}): InitiativeMeta {
  return {
    id: "i1",
    slug: "i1",
    title: "One",
    kind: "mou",
    targetStart: "2026-04-01",
    targetEnd: "2026-09-30",
    targetLabel: "mid-2026",
    targetKind: "external_expectation",
    launchDate: "2026-03-02",
    ...over,
  };
}
