import { daysBetween, formatDay } from "../dates";
import { HEALTH_LABELS, LIFECYCLE_LABELS, MILESTONE_STATUS_LABELS } from "../labels";
import { plural } from "../text";
import type { ReportChange, ReportDocument, ReportInitiative, ReportMilestone } from "./types";

export type { ReportChange } from "./types";

/**
 * What changed between the previous published report and this one: milestones done, slipped (their
 * planned date moved later, by how many days), re-baselined, other status changes, initiatives'
 * health and lifecycle changes, and new status updates. Milestones and initiatives are matched by
 * id; those new since the previous report are listed when they are done or as added.
 */
export function diffReports(
  previous: ReportDocument | null,
  current: ReportDocument,
): ReportChange[] {
  if (!previous) return [];
  const before = new Map((previous.initiatives ?? []).map((i) => [i.id, i]));
  return current.initiatives.flatMap((i) => initiativeChanges(before.get(i.id), i));
}

function initiativeChanges(
  before: ReportInitiative | undefined,
  after: ReportInitiative,
): ReportChange[] {
  const initiative = after.title;
  const changes: ReportChange[] = [];
  if (before && before.health !== after.health) {
    changes.push({
      kind: "health",
      initiative,
      text: `Health ${HEALTH_LABELS[before.health]} → ${HEALTH_LABELS[after.health]}`,
    });
  }
  if (before && before.lifecycleStatus !== after.lifecycleStatus) {
    changes.push({
      kind: "status",
      initiative,
      text: `Lifecycle ${LIFECYCLE_LABELS[before.lifecycleStatus]} → ${LIFECYCLE_LABELS[after.lifecycleStatus]}`,
    });
  }
  const oldMilestones = new Map((before?.milestones ?? []).map((m) => [m.id, m]));
  for (const m of after.milestones)
    changes.push(...milestoneChanges(initiative, oldMilestones.get(m.id), m));
  const update = after.latestUpdate;
  const oldUpdate = before?.latestUpdate;
  if (
    update &&
    (!oldUpdate ||
      update.date > oldUpdate.date ||
      (update.date === oldUpdate.date && update.body !== oldUpdate.body))
  ) {
    changes.push({
      kind: "update",
      initiative,
      text: `New status update of ${formatDay(update.date)} by ${update.author} (${HEALTH_LABELS[update.health]})`,
    });
  }
  return changes;
}

function milestoneChanges(
  initiative: string,
  before: ReportMilestone | undefined,
  after: ReportMilestone,
): ReportChange[] {
  const milestone = after.title;
  const change = (kind: ReportChange["kind"], text: string, days?: number): ReportChange =>
    days === undefined
      ? { kind, initiative, milestone, text }
      : { kind, initiative, milestone, text, days };
  const status = (s: ReportMilestone["status"]) => MILESTONE_STATUS_LABELS[s];

  if (!before) {
    return after.status === "done"
      ? [change("done", `Done on ${formatDay(after.actualDate)} (new milestone)`)]
      : [
          change(
            "status",
            `New milestone, ${status(after.status).toLowerCase()}, planned for ${formatDay(after.plannedDate)}`,
          ),
        ];
  }
  const changes: ReportChange[] = [];
  if (after.status === "done" && before.status !== "done") {
    changes.push(change("done", `Done on ${formatDay(after.actualDate)}`));
  } else if (after.status !== before.status) {
    changes.push(change("status", `Status ${status(before.status)} → ${status(after.status)}`));
  }
  if (after.baselineDate !== before.baselineDate) {
    const days = daysBetween(before.baselineDate, after.baselineDate);
    changes.push(
      change(
        "rebaselined",
        `Re-baselined from ${formatDay(before.baselineDate)} to ${formatDay(after.baselineDate)} (${signedDays(days)})`,
        days,
      ),
    );
  }
  if (after.status !== "done" && after.plannedDate > before.plannedDate) {
    const days = daysBetween(before.plannedDate, after.plannedDate);
    changes.push(
      change(
        "slipped",
        `Slipped ${plural(days, "day")}: planned ${formatDay(before.plannedDate)} → ${formatDay(after.plannedDate)}`,
        days,
      ),
    );
  }
  return changes;
}

function signedDays(days: number): string {
  return days >= 0 ? `${plural(days, "day")} later` : `${plural(-days, "day")} earlier`;
}
