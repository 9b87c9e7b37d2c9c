import { isOpen } from "@/lib/domain/milestones";
import type { MilestoneView } from "@/lib/views/milestone";

/** What a milestone's side sheet shows. */
export type SheetKind = "edit" | "done" | "history";

const buttonClass =
  "min-h-6 whitespace-nowrap rounded px-2 py-1 text-xs font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-100 disabled:opacity-50";

/**
 * A milestone's buttons, in a table row or on a card: Edit and Mark done (for editors; Mark done
 * while the milestone is open), History, and in plan order the moves. `tabIndex` -1 keeps them out
 * of the Tab order of table rows that are not the current one.
 */
export function MilestoneActions({
  milestone: m,
  canEdit,
  onOpen,
  onMove,
  isFirst,
  isLast,
  tabIndex,
  wrap = true,
}: {
  milestone: MilestoneView;
  canEdit: boolean;
  onOpen: (kind: SheetKind) => void;
  /** Present in plan order for editors: moves the milestone one step earlier (-1) or later (1). */
  onMove?: (step: -1 | 1) => void;
  isFirst?: boolean;
  isLast?: boolean;
  tabIndex?: number;
  /** Off in table rows, where the column is as wide as the buttons. */
  wrap?: boolean;
}) {
  const common = { type: "button" as const, className: buttonClass, tabIndex };
  return (
    <div className={`flex gap-1 ${wrap ? "flex-wrap" : ""}`}>
      {canEdit ? (
        <button
          {...common}
          onClick={() => onOpen("edit")}
          aria-label={`Edit ${m.title}`}
          aria-haspopup="dialog"
          data-action="edit"
        >
          Edit
        </button>
      ) : null}
      {canEdit && isOpen(m) ? (
        <button
          {...common}
          onClick={() => onOpen("done")}
          aria-label={`Mark ${m.title} done`}
          aria-haspopup="dialog"
          data-action="done"
        >
          Mark done
        </button>
      ) : null}
      <button
        {...common}
        onClick={() => onOpen("history")}
        aria-label={`History of ${m.title}`}
        aria-haspopup="dialog"
        data-action="history"
      >
        History
      </button>
      {onMove ? (
        <>
          <button
            {...common}
            disabled={isFirst}
            onClick={() => onMove(-1)}
            aria-label={`Move ${m.title} earlier`}
          >
            ↑
          </button>
          <button
            {...common}
            disabled={isLast}
            onClick={() => onMove(1)}
            aria-label={`Move ${m.title} later`}
          >
            ↓
          </button>
        </>
      ) : null}
    </div>
  );
}
