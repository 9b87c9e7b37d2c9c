import { StatusBadge } from "@/components/ui/badges";
import { CitationLinks } from "@/components/ui/citation-links";
import { formatDay } from "@/lib/domain/dates";
import { SIDE_LABELS } from "@/lib/domain/labels";
import type { MilestoneView } from "@/lib/views/milestone";
import { MilestoneActions, type SheetKind } from "./milestone-actions";
import { ScheduleCell } from "./schedule-cell";

/** A milestone on a phone: what the table row shows, stacked so nothing scrolls sideways. */
export function MilestoneCard({
  milestone: m,
  today,
  canEdit,
  onOpen,
  onMove,
  isFirst,
  isLast,
}: {
  milestone: MilestoneView;
  today: string;
  canEdit: boolean;
  onOpen: (kind: SheetKind) => void;
  onMove?: (step: -1 | 1) => void;
  isFirst?: boolean;
  isLast?: boolean;
}) {
  const dates: [string, string][] = [
    ["Baseline", formatDay(m.baselineDate)],
    [
      "Planned",
      `${formatDay(m.plannedDate)}${m.provenance === "planned_estimate" ? " (plan)" : ""}`,
    ],
    ["Actual", formatDay(m.actualDate)],
  ];
  return (
    <li
      data-testid="milestone-card"
      data-milestone-id={m.id}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <div>
        <h3 className="font-medium break-words">{m.title}</h3>
        {m.workstream ? <p className="text-xs text-slate-600">{m.workstream}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge status={m.status} />
        {m.status === "in_progress" ? (
          <span className="text-xs text-slate-600">{m.percentComplete}%</span>
        ) : null}
        <span className="text-xs text-slate-700">{SIDE_LABELS[m.side]}</span>
      </div>
      <ScheduleCell milestone={m} today={today} />
      <dl className="grid grid-cols-3 gap-2 text-xs">
        {dates.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {m.sources.length ? (
        <p className="text-xs">
          Sources: <CitationLinks sources={m.sources} />
        </p>
      ) : null}
      <MilestoneActions
        milestone={m}
        canEdit={canEdit}
        onOpen={onOpen}
        onMove={onMove}
        isFirst={isFirst}
        isLast={isLast}
      />
    </li>
  );
}
