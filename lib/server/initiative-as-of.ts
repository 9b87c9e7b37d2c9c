import type { PrismaClient } from "../db/client";
import { toIsoDay } from "../domain/dates";
import { byPlannedDate, slippageDays } from "../domain/milestones";
import { expectedProgress, initiativeProgress } from "../domain/progress";
import { replay, type ReplayBasis } from "../domain/replay";
import type { IsoDay } from "../domain/types";
import { initiativeFieldsAsOf } from "./initiative-fields-as-of";
import { getInitiativeDetail, type InitiativeDetail } from "./portfolio";

/**
 * The initiative page as it stood on `asOf`: milestones, health and lifecycle replayed from change
 * events (by effective date, or by recorded time for "as known on"), as are the target window and
 * summary; status updates as visible then. Titles and sources are today's. Milestones not yet in the plan on that day are left out.
 */
export async function getInitiativeDetailAsOf(
  prisma: PrismaClient,
  slug: string,
  asOf: IsoDay,
  basis: ReplayBasis,
): Promise<InitiativeDetail> {
  const detail = await getInitiativeDetail(prisma, slug, asOf, { asOf, basis });
  const rows = await prisma.changeEvent.findMany({
    where: { initiativeId: detail.id },
    select: {
      entityType: true,
      initiativeId: true,
      milestoneId: true,
      field: true,
      newValue: true,
      effectiveDate: true,
      recordedAt: true,
    },
  });
  const state = replay(
    rows.map((e) => ({
      ...e,
      entityId: e.milestoneId ?? e.initiativeId,
      effectiveDate: toIsoDay(e.effectiveDate),
    })),
    asOf,
    basis,
  );
  const milestones = detail.milestones
    .filter((m) => state.milestones.has(m.id))
    .map((m) => {
      const s = state.milestones.get(m.id)!;
      const replayed = {
        ...m,
        status: s.status,
        percentComplete: s.percentComplete,
        baselineDate: s.baselineDate,
        plannedDate: s.plannedDate,
        actualDate: s.actualDate,
        side: s.side,
        weight: s.weight,
      };
      return { ...replayed, slippageDays: slippageDays(replayed) };
    })
    .sort(byPlannedDate);
  const initiative = state.initiatives.get(detail.id);
  const current = {
    targetStart: detail.target.start,
    targetEnd: detail.target.end,
    targetLabel: detail.target.label,
    targetNote: detail.target.note,
    summary: detail.summary,
  };
  const past = (
    await initiativeFieldsAsOf(prisma, new Map([[detail.id, current]]), asOf, basis)
  ).get(detail.id)!;
  return {
    ...detail,
    summary: past.summary ?? detail.summary,
    target: {
      ...detail.target,
      start: past.targetStart ?? detail.target.start,
      end: past.targetEnd ?? detail.target.end,
      label: past.targetLabel ?? detail.target.label,
      note: past.targetNote,
    },
    lifecycleStatus: initiative?.lifecycleStatus ?? detail.lifecycleStatus,
    health: initiative?.health ?? "not_assessed",
    milestones,
    progress: initiativeProgress(milestones),
    expectedProgress: expectedProgress(milestones, asOf),
  };
}
