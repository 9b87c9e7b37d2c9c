import "server-only";
import type { PrismaClient } from "../db/client";
import { fieldsAsOf, groupFieldChanges, withReplayedState } from "../domain/as-of";
import { currentValueSourced, initiativeFigures } from "../domain/evidence";
import { byPlannedDate } from "../domain/milestones";
import { expectedProgress } from "../domain/progress";
import {
  compareEvents,
  decodeList,
  encodeValue,
  isVisibleAsOf,
  replay,
  type ReplayBasis,
} from "../domain/replay";
import { describeWindow, recordNoteAboutWindow } from "../domain/target-window";
import type { IsoDay } from "../domain/types";
import { loadReplayEvents } from "./dashboard";
import { countMilestones } from "../domain/milestone-counts";
import { initiativeSchedule } from "../domain/verdict";
import type { InitiativeDetail, InitiativePageView } from "../views/initiative";
import { getInitiativeDetail } from "./portfolio";

/**
 * The initiative page's data: today's, or replayed to the day the view asks for, with the schedule
 * verdict worked out by the same functions as the dashboard's, so both print the same gap.
 */
export async function getInitiativeView(
  prisma: PrismaClient,
  slug: string,
  today: IsoDay,
  view: { asOf: IsoDay | null; basis: ReplayBasis },
): Promise<InitiativePageView> {
  const day = view.asOf ?? today;
  const detail = view.asOf
    ? await getInitiativeDetailAsOf(prisma, slug, view.asOf, view.basis)
    : await getInitiativeDetail(prisma, slug, today);
  const counts = countMilestones(detail.milestones, day);
  const expectedAtTargetEnd = expectedProgress(detail.milestones, detail.target.end);
  return {
    ...detail,
    schedule: {
      ...initiativeSchedule({ ...detail, expectedAtTargetEnd, counts }, day),
      expectedAtTargetEnd,
      counts,
    },
  };
}

/**
 * The initiative page as it stood on `asOf`: milestones, health and lifecycle replayed from change
 * events (by effective date, or by recorded time for "as known on"), as are the target window,
 * summary and leads; status updates as visible then. Titles and sources are today's. Milestones not yet in
 * the plan on that day are left out.
 */
export async function getInitiativeDetailAsOf(
  prisma: PrismaClient,
  slug: string,
  asOf: IsoDay,
  basis: ReplayBasis,
): Promise<InitiativeDetail> {
  const detail = await getInitiativeDetail(prisma, slug, asOf, { asOf, basis });
  const events = await loadReplayEvents(prisma, detail.id);
  const state = replay(events, asOf, basis);
  const milestones = detail.milestones
    .filter((m) => state.milestones.has(m.id))
    .map((m) => withReplayedState(m, state.milestones.get(m.id)!))
    .sort(byPlannedDate);
  const { start, end, label, note } = detail.target;
  const today = { targetStart: start, targetEnd: end, targetLabel: label, targetNote: note };
  const past = fieldsAsOf(
    {
      ...today,
      summary: detail.summary,
      koreaLeads: encodeValue(detail.leads.korea),
      singaporeLeads: encodeValue(detail.leads.singapore),
    },
    groupFieldChanges(events).get(detail.id),
    asOf,
    basis,
  );
  const initiative = state.initiatives.get(detail.id);
  const visible = events.filter((e) => isVisibleAsOf(e, asOf, basis)).sort(compareEvents);
  const window = { label: past.targetLabel, kind: detail.target.kind };
  return {
    ...detail,
    summary: past.summary,
    leads: { korea: decodeList(past.koreaLeads), singapore: decodeList(past.singaporeLeads) },
    target: {
      ...detail.target,
      start: past.targetStart,
      end: past.targetEnd,
      label: past.targetLabel,
      describedAs: describeWindow(window),
      note: past.targetNote,
      recordNoteId: recordNoteAboutWindow(detail.recordNotes, past.targetLabel),
    },
    lifecycleStatus: initiative?.lifecycleStatus ?? detail.lifecycleStatus,
    health: initiative?.health ?? "not_assessed",
    unsourced: {
      health: !currentValueSourced(visible, detail.id, "health"),
      lifecycleStatus: !currentValueSourced(visible, detail.id, "lifecycleStatus"),
    },
    milestones,
    ...initiativeFigures(milestones, state.evidenced),
    expectedProgress: expectedProgress(milestones, asOf),
  };
}
