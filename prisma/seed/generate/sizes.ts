// Data set sizes for the generator: the benchmark's large set, multiples of the seeded portfolio,
// or sizes given one by one.
import { buildInitiative } from "../build";
import { PORTFOLIO } from "../portfolio";
import { SOURCES } from "../sources";

export type PortfolioSize = { initiatives: number; milestones: number; events: number };

export const LARGE: PortfolioSize = { initiatives: 1_000, milestones: 20_000, events: 200_000 };
export const PRESETS = ["large", "10x"] as const;
export type Preset = (typeof PRESETS)[number];

/** The seeded portfolio's own size, as its builder records it. */
export function seededPortfolioSize(): PortfolioSize {
  const built = PORTFOLIO.map((seed, position) => buildInitiative(seed, SOURCES, position));
  return {
    initiatives: built.length,
    milestones: built.reduce((n, b) => n + b.milestones.length, 0),
    events: built.reduce((n, b) => n + b.events.length, 0),
  };
}

export function scaledSize(factor: number): PortfolioSize {
  if (!(factor > 0)) throw new Error(`The scale must be a positive number (got ${factor}).`);
  const seeded = seededPortfolioSize();
  return {
    initiatives: Math.max(1, Math.round(seeded.initiatives * factor)),
    milestones: Math.round(seeded.milestones * factor),
    events: Math.round(seeded.events * factor),
  };
}

export type SizeRequest = Partial<PortfolioSize> & { preset?: string; scale?: number };

/**
 * The size a request names: a preset or a scale (default: the large set), then any count given.
 * A number of initiatives alone brings milestones and events along in the same proportion.
 */
export function requestedSize(request: SizeRequest): PortfolioSize {
  if (request.preset !== undefined && request.scale !== undefined)
    throw new Error("Give either --preset or --scale, not both.");
  if (request.preset !== undefined && !PRESETS.includes(request.preset as Preset))
    throw new Error(`Unknown preset "${request.preset}": use ${PRESETS.join(" or ")}.`);
  const base =
    request.scale !== undefined
      ? scaledSize(request.scale)
      : request.preset === "10x"
        ? scaledSize(10)
        : LARGE;
  const ratio = request.initiatives !== undefined ? request.initiatives / base.initiatives : 1;
  return {
    initiatives: request.initiatives ?? base.initiatives,
    milestones: request.milestones ?? Math.round(base.milestones * ratio),
    events: request.events ?? Math.round(base.events * ratio),
  };
}
