import { ProvenanceBadge, StatusBadge } from "@/components/ui/badges";
import { CitationLinks } from "@/components/ui/citation-links";
import { formatDay } from "@/lib/domain/dates";
import { SIDE_LABELS } from "@/lib/domain/labels";
import { formatSlippage } from "@/lib/domain/milestones";
import type { MilestoneView } from "@/lib/views/milestone";

type Props = {
  milestone: MilestoneView;
  canEdit: boolean;
  editing: boolean;
  showingHistory: boolean;
  onEdit: () => void;
  onHistory: () => void;
  /** Present in plan order for editors: moves the row one step earlier (-1) or later (1). */
  onMove?: (step: -1 | 1) => void;
  isFirst?: boolean;
  isLast?: boolean;
};

const buttonClass =
  "rounded px-2 py-1 text-xs font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-100 aria-expanded:bg-brand-50 aria-expanded:ring-brand-600";

export function MilestoneRow({
  milestone: m,
  canEdit,
  editing,
  showingHistory,
  onEdit,
  onHistory,
  onMove,
  isFirst,
  isLast,
}: Props) {
  return (
    <tr data-testid="milestone-row" data-milestone-id={m.id} className="align-top">
      <td className="min-w-56 px-3 py-2">
        <div className="font-medium">{m.title}</div>
        {m.workstream ? <div className="text-xs text-slate-600">{m.workstream}</div> : null}
        {m.sources.length ? (
          <div className="mt-1 text-xs">
            <CitationLinks sources={m.sources} />
          </div>
        ) : null}
      </td>
      <td className="px-3 py-2">{SIDE_LABELS[m.side]}</td>
      <td className="px-3 py-2">
        <StatusBadge status={m.status} />
        {m.status === "in_progress" ? (
          <div className="mt-1 text-xs text-slate-600">{m.percentComplete}%</div>
        ) : null}
      </td>
      <td className="whitespace-nowrap px-3 py-2">{formatDay(m.baselineDate)}</td>
      <td className="whitespace-nowrap px-3 py-2">{formatDay(m.plannedDate)}</td>
      <td className="whitespace-nowrap px-3 py-2">{formatDay(m.actualDate)}</td>
      <td
        className={`whitespace-nowrap px-3 py-2 ${m.slippageDays > 0 ? "font-medium text-red-700" : "text-slate-700"}`}
      >
        {formatSlippage(m.slippageDays)}
      </td>
      <td className="px-3 py-2">
        <ProvenanceBadge provenance={m.provenance} />
      </td>
      <td className="whitespace-nowrap px-3 py-2">
        <div className="flex gap-1">
          {canEdit ? (
            <button
              type="button"
              className={buttonClass}
              aria-expanded={editing}
              onClick={onEdit}
              aria-label={`Edit ${m.title}`}
              data-action="edit"
            >
              Edit
            </button>
          ) : null}
          <button
            type="button"
            className={buttonClass}
            aria-expanded={showingHistory}
            onClick={onHistory}
            aria-label={`History of ${m.title}`}
          >
            History
          </button>
          {onMove ? (
            <>
              <button
                type="button"
                className={buttonClass}
                disabled={isFirst}
                onClick={() => onMove(-1)}
                aria-label={`Move ${m.title} earlier`}
              >
                ↑
              </button>
              <button
                type="button"
                className={buttonClass}
                disabled={isLast}
                onClick={() => onMove(1)}
                aria-label={`Move ${m.title} later`}
              >
                ↓
              </button>
            </>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
