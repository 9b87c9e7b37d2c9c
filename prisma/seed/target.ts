// The target every seeded initiative starts with: the brief's "mid-2026" expectation, unsourced.
import { MID_2026_WINDOW } from "../../lib/constants";
import type { SeedInitiative } from "./types";

export const MID_2026_TARGET: SeedInitiative["target"] = {
  ...MID_2026_WINDOW,
  note: "The 'mid-2026' expectation of tangible progress comes from the brief's news summary; no official source for it was found. Modelled as April–September 2026.",
};
