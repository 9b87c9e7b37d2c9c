import type { KeyboardEvent, Ref } from "react";
import { StatusBadge } from "@/components/ui/badges";
import { formatDay } from "@/lib/domain/dates";
import { SIDE_LABELS } from "@/lib/domain/labels";
import { isOpen } from "@/lib/domain/milestones";
import type { MilestoneView } from "@/lib/views/milestone";
import { MilestoneActions, type SheetKind } from "./milestone-actions";
import { RowCitations } from "./row-citations";
import { rowKeyShortcuts } from "./row-keys";
import { ScheduleCell } from "./schedule-cell";

export const MILESTONE_COLUMNS = [
  "Milestone",
  "Status",
  "Baseline",
  "Planned",
  "Actual",
  "Schedule",
  "Actions",
];

type Props = {
  milestone: MilestoneView;
  today: string;
  canEdit: boolean;
  /** The row that Tab reaches: the table is one tab stop, its rows reached with the arrow keys. */
  current: boolean;
  rowRef: Ref<HTMLTableRowElement>;
  hintId: string;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onOpen: (kind: SheetKind) => void;
  onMove?: (step: -1 | 1) => void;
  isFirst?: boolean;
  isLast?: boolean;
};

export function MilestoneRow({
  milestone: m,
  today,
  canEdit,
  current,
  rowRef,
  hintId,
  onFocus,
  onKeyDown,
  onOpen,
  onMove,
  isFirst,
  isLast,
}: Props) {
  return (
    <tr
      ref={rowRef}
      id={`milestone-${m.id}`}
      data-testid="milestone-row"
      data-milestone-id={m.id}
      tabIndex={current ? 0 : -1}
      aria-keyshortcuts={rowKeyShortcuts({ canEdit, open: isOpen(m) })}
      aria-describedby={hintId}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      className="align-top outline-offset-[-2px] focus:bg-brand-50"
    >
      <td className="min-w-56 px-3 py-2">
        <div className="font-medium">{m.title}</div>
        <div className="text-xs text-slate-600">
          {SIDE_LABELS[m.side]}
          {m.workstream ? ` · ${m.workstream}` : ""}
        </div>
        {m.sources.length ? (
          <div className="mt-1 text-xs">
            <RowCitations sources={m.sources} tabIndex={current ? 0 : -1} />
          </div>
        ) : null}
      </td>
      <td className="px-3 py-2">
        <StatusBadge status={m.status} />
        {m.status === "in_progress" ? (
          <div className="mt-1 text-xs text-slate-600">{m.percentComplete}%</div>
        ) : null}
      </td>
      <td className="whitespace-nowrap px-3 py-2">{formatDay(m.baselineDate)}</td>
      <td className="whitespace-nowrap px-3 py-2">
        {formatDay(m.plannedDate)}
        {m.provenance === "planned_estimate" ? (
          <span className="text-xs text-slate-600"> (plan)</span>
        ) : null}
      </td>
      <td className="whitespace-nowrap px-3 py-2">{formatDay(m.actualDate)}</td>
      <td className="min-w-36 px-3 py-2">
        <ScheduleCell milestone={m} today={today} />
      </td>
      <td className="px-3 py-2">
        <MilestoneActions
          milestone={m}
          canEdit={canEdit}
          onOpen={onOpen}
          onMove={onMove}
          isFirst={isFirst}
          isLast={isLast}
          tabIndex={current ? 0 : -1}
          wrap={false}
        />
      </td>
    </tr>
  );
}
