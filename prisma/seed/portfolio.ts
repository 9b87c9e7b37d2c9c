// The seeded portfolio in display order: the Korea–Singapore partnership of 2 March 2026.
import type { SeedInitiative } from "./types";
import { ksftaUpgrade } from "./initiatives/ksfta-upgrade";
import { mouAiCooperation } from "./initiatives/mou-ai-cooperation";
import { mouSmallModularReactors } from "./initiatives/mou-small-modular-reactors";
import { mouQuantum } from "./initiatives/mou-quantum";
import { mouSpaceSatellite } from "./initiatives/mou-space-satellite";
import { mouDigitalInnovation } from "./initiatives/mou-digital-innovation";
import { temasekSevioraKdb } from "./initiatives/temasek-seviora-kdb";

export const PORTFOLIO: SeedInitiative[] = [
  ksftaUpgrade,
  mouAiCooperation,
  mouSmallModularReactors,
  mouQuantum,
  mouSpaceSatellite,
  mouDigitalInnovation,
  temasekSevioraKdb,
];
