// The target every seeded initiative starts with: the brief's "mid-2026" expectation, unsourced.
// It is an external expectation (a news summary's words), not a commitment by either government.
import { MID_2026_WINDOW } from "../../lib/constants";
import type { SeedInitiative } from "./types";

export const MID_2026_TARGET: SeedInitiative["target"] = {
  ...MID_2026_WINDOW,
  kind: "external_expectation",
  note: "The 'mid-2026' expectation of tangible progress comes from the brief's news summary; no official source for it was found. Modelled as April–September 2026.",
};
