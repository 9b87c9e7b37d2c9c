import { inScope, initiativeProgress, milestoneProgress, portfolioProgress } from "./progress";
import type { ReplayEvent } from "./replay";
import { plural } from "./text";
import { CREATED_FIELD, type MilestoneState, type Provenance } from "./types";

/** The one sentence every view that shows both figures uses to explain them. */
export const EVIDENCED_EXPLANATION =
  "Evidenced counts only progress a source or an evidence link backs; the rest is the tracker's assumption.";

/** Milestone fields whose change moves its progress; its creation counts as such a change too. */
const PROGRESS_FIELDS = new Set<string>([CREATED_FIELD, "status", "percentComplete"]);

export function movesProgress(event: Pick<ReplayEvent, "entityType" | "field">): boolean {
  return event.entityType === "milestone" && PROGRESS_FIELDS.has(event.field);
}

/**
 * Evidenced progress after one change that left the milestone at `progressAfter`: a change with an
 * evidence link backs all of it; one without backs no more than was backed before, nor more than
 * there now is.
 */
export function nextEvidenced(
  previous: number,
  progressAfter: number,
  evidenceUrl: string | null | undefined,
): number {
  return evidenceUrl ? progressAfter : Math.min(previous, progressAfter);
}

/** A milestone's evidenced progress from its progress changes, creation first, in replay order. */
export function evidencedFromSteps(
  steps: { progressAfter: number; evidenceUrl?: string | null }[],
): number {
  return steps.reduce((backed, s) => nextEvidenced(backed, s.progressAfter, s.evidenceUrl), 0);
}

/**
 * A milestone's evidenced progress: all of it when the milestone is sourced (a cited source states
 * the event), else what its changes' evidence links backed (`fromEvents`, 0 when unknown). Never
 * more than its progress.
 */
export function milestoneEvidencedProgress(
  m: Pick<MilestoneState, "status" | "percentComplete">,
  provenance: Provenance,
  fromEvents: number | undefined,
): number {
  const progress = milestoneProgress(m);
  return provenance === "sourced" ? progress : Math.min(progress, fromEvents ?? 0);
}

type WeightedEvidence = Pick<MilestoneState, "status" | "weight"> & { evidencedProgress: number };

/** The same roll-up as `initiativeProgress`, over evidenced milestone progress; null with no scope. */
export function initiativeEvidencedProgress(milestones: WeightedEvidence[]): number | null {
  const scope = inScope(milestones);
  const totalWeight = scope.reduce((sum, m) => sum + m.weight, 0);
  if (totalWeight <= 0) return null;
  return scope.reduce((sum, m) => sum + m.weight * m.evidencedProgress, 0) / totalWeight;
}

/** Reported minus evidenced progress, in percentage points: the share the tracker assumes. */
export function assumedPoints(reported: number | null, evidenced: number | null): number | null {
  return reported === null || evidenced === null ? null : reported - evidenced;
}

/**
 * Reported progress (`progress`, as the tracker holds it), the part of it a source or an evidence
 * link backs (`evidencedProgress`), and the difference in points (`assumedPoints`): 0–100, null
 * with nothing in scope.
 */
export type ProgressFigures = {
  progress: number | null;
  evidencedProgress: number | null;
  assumedPoints: number | null;
};

type MilestoneFigures = Pick<MilestoneState, "status" | "percentComplete" | "weight"> & {
  id: string;
  provenance: Provenance;
};

/**
 * An initiative's reported progress, its evidenced progress and the points between them.
 * `fromEvents` holds, per milestone id, what its changes' evidence links back (replay's `evidenced`).
 */
export function initiativeFigures(
  milestones: MilestoneFigures[],
  fromEvents: ReadonlyMap<string, number>,
): ProgressFigures {
  const progress = initiativeProgress(milestones);
  const evidencedProgress = initiativeEvidencedProgress(
    milestones.map((m) => ({
      ...m,
      evidencedProgress: milestoneEvidencedProgress(m, m.provenance, fromEvents.get(m.id)),
    })),
  );
  return { progress, evidencedProgress, assumedPoints: assumedPoints(progress, evidencedProgress) };
}

/** The portfolio's figures: each a plain mean over the initiatives, as reported progress is. */
export function portfolioFigures(initiatives: ProgressFigures[]): ProgressFigures {
  const progress = portfolioProgress(initiatives.map((i) => i.progress));
  const evidencedProgress = portfolioProgress(initiatives.map((i) => i.evidencedProgress));
  return { progress, evidencedProgress, assumedPoints: assumedPoints(progress, evidencedProgress) };
}

/**
 * The assumed share in words: "5 of the 24 points reported are the tracker's assumption: no source
 * or evidence link backs them."
 */
export function describeAssumedShare(f: ProgressFigures): string {
  if (f.progress === null || f.assumedPoints === null) return "No milestone is in scope.";
  const reported = Math.round(f.progress);
  // Two means of the same weights can differ by rounding noise alone.
  if (f.assumedPoints < 1e-9) return "Every point reported is evidenced.";
  const assumed = f.assumedPoints < 1 ? "Under 1" : String(Math.round(f.assumedPoints));
  const one = assumed === "1" || assumed === "Under 1";
  return `${assumed} of the ${plural(reported, "point")} reported ${one ? "is" : "are"} the tracker's assumption: no source or evidence link backs ${one ? "it" : "them"}.`;
}

/** Health and lifecycle moves are claims about the world: without a source they are flagged. */
const CLAIM_FIELDS = new Set(["health", "lifecycleStatus"]);

export function isUnsourcedClaim(event: { field: string; evidenceUrl?: string | null }): boolean {
  return CLAIM_FIELDS.has(event.field) && !event.evidenceUrl;
}

/**
 * Whether the event that set an initiative's current `field` (its last change, or its creation)
 * carried an evidence link. `events` are the visible ones in replay order.
 */
export function currentValueSourced(
  events: ReplayEvent[],
  initiativeId: string,
  field: "health" | "lifecycleStatus",
): boolean {
  const setting = events.findLast(
    (e) =>
      e.entityType === "initiative" &&
      e.entityId === initiativeId &&
      (e.field === field || e.field === CREATED_FIELD),
  );
  return Boolean(setting?.evidenceUrl);
}
