import { SCHEDULE_LABELS, type ScheduleStatus } from "@/lib/domain/verdict";

// A symbol beside each word, so the status never rests on colour (the badge has none of its own).
const SYMBOLS: Record<ScheduleStatus, string> = {
  ahead: "▲",
  on_schedule: "=",
  slipping: "▼",
  behind: "▼▼",
  no_scope: "–",
};

/** The schedule status computed from the gap, shown beside the analyst's health. */
export function ScheduleBadge({ schedule }: { schedule: ScheduleStatus }) {
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-900 ring-1 ring-inset ring-slate-400"
      data-schedule={schedule}
    >
      <span aria-hidden="true">{SYMBOLS[schedule]}</span>
      {SCHEDULE_LABELS[schedule]}
    </span>
  );
}

/** "6 behind schedule, 1 slipping": the statuses that occur, most behind first. */
export function describeScheduleCounts(counts: Partial<Record<ScheduleStatus, number>>): string {
  const order: ScheduleStatus[] = ["behind", "slipping", "on_schedule", "ahead", "no_scope"];
  return order
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${SCHEDULE_LABELS[s].toLowerCase()}`)
    .join(", ");
}
