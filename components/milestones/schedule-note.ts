import { daysBetween, formatDay } from "@/lib/domain/dates";
import { isOpen, slippageDays } from "@/lib/domain/milestones";
import { plural } from "@/lib/domain/text";
import type { IsoDay } from "@/lib/domain/types";
import type { MilestoneView } from "@/lib/views/milestone";

/** Beyond this many days ahead a due date reads as the date, not as a count. */
const COUNT_DAYS_UP_TO = 90;

export type ScheduleNote = {
  /** "Overdue 12 days", "Slipped 30 days", "Due in 5 days", "Due 31 Mar 2027". */
  text: string;
  late: boolean;
  /** For open work re-planned away from its baseline: "planned 45 days after baseline". */
  detail: string | null;
};

type Dated = Pick<MilestoneView, "status" | "baselineDate" | "plannedDate" | "actualDate">;

/** Where a milestone stands on `today`, in words: what is overdue says so, whatever its baseline. */
export function scheduleNote(m: Dated, today: IsoDay): ScheduleNote {
  const slip = slippageDays(m);
  if (m.status === "cancelled") return { text: "Cancelled", late: false, detail: null };
  if (!isOpen(m)) {
    if (slip > 0) return { text: `Slipped ${plural(slip, "day")}`, late: true, detail: null };
    if (slip < 0) return { text: `Done ${plural(-slip, "day")} early`, late: false, detail: null };
    return { text: "Done on baseline", late: false, detail: null };
  }
  const detail =
    slip === 0
      ? null
      : `planned ${plural(Math.abs(slip), "day")} ${slip > 0 ? "after" : "before"} baseline`;
  const ahead = daysBetween(today, m.plannedDate);
  if (ahead < 0) return { text: `Overdue ${plural(-ahead, "day")}`, late: true, detail };
  if (ahead === 0) return { text: "Due today", late: false, detail };
  const text =
    ahead <= COUNT_DAYS_UP_TO
      ? `Due in ${plural(ahead, "day")}`
      : `Due ${formatDay(m.plannedDate)}`;
  return { text, late: false, detail };
}
