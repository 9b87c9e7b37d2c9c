import type { MilestoneView } from "@/lib/views/milestone";
import { scheduleNote } from "./schedule-note";

/** "Overdue 12 days" in red, "Due in 5 days", with how far the plan moved from the baseline below. */
export function ScheduleCell({ milestone, today }: { milestone: MilestoneView; today: string }) {
  const note = scheduleNote(milestone, today);
  return (
    <div data-testid="milestone-schedule">
      <span className={note.late ? "font-medium text-red-700" : "text-slate-700"}>{note.text}</span>
      {note.detail ? <div className="text-xs text-slate-600">{note.detail}</div> : null}
    </div>
  );
}
