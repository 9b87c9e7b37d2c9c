import type { Health, MilestoneStatus, Provenance, RecordVerdict } from "@/lib/domain/types";
import {
  HEALTH_LABELS,
  MILESTONE_STATUS_LABELS,
  PROVENANCE_LABELS,
  VERDICT_LABELS,
} from "@/lib/domain/labels";

const base =
  "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

// Each value pairs a colour with a symbol so the meaning never rests on colour alone.
const HEALTH_STYLE: Record<Health, { cls: string; symbol: string }> = {
  on_track: { cls: "bg-emerald-50 text-emerald-800 ring-emerald-600/30", symbol: "●" },
  at_risk: { cls: "bg-amber-50 text-amber-900 ring-amber-600/40", symbol: "▲" },
  off_track: { cls: "bg-red-50 text-red-800 ring-red-600/30", symbol: "■" },
  not_assessed: { cls: "bg-slate-100 text-slate-700 ring-slate-400/40", symbol: "○" },
};

const STATUS_STYLE: Record<MilestoneStatus, { cls: string; symbol: string }> = {
  not_started: { cls: "bg-slate-100 text-slate-700 ring-slate-400/40", symbol: "○" },
  in_progress: { cls: "bg-sky-50 text-sky-800 ring-sky-600/30", symbol: "◐" },
  done: { cls: "bg-emerald-50 text-emerald-800 ring-emerald-600/30", symbol: "✓" },
  blocked: { cls: "bg-red-50 text-red-800 ring-red-600/30", symbol: "✕" },
  cancelled: { cls: "bg-slate-100 text-slate-600 ring-slate-400/40 line-through", symbol: "–" },
};

export function HealthBadge({ health }: { health: Health }) {
  return (
    <MarkedBadge style={HEALTH_STYLE[health]} data-health={health}>
      {HEALTH_LABELS[health]}
    </MarkedBadge>
  );
}

export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <MarkedBadge style={STATUS_STYLE[status]} data-status={status}>
      {MILESTONE_STATUS_LABELS[status]}
    </MarkedBadge>
  );
}

function MarkedBadge({
  style,
  children,
  ...data
}: {
  style: { cls: string; symbol: string };
  children: string;
  "data-health"?: Health;
  "data-status"?: MilestoneStatus;
}) {
  return (
    <span className={`${base} ${style.cls}`} {...data}>
      <span aria-hidden="true">{style.symbol}</span>
      {children}
    </span>
  );
}

export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const cls =
    provenance === "sourced"
      ? "bg-white text-slate-700 ring-slate-300"
      : "bg-violet-50 text-violet-800 ring-violet-500/30 italic";
  return (
    <span
      className={`${base} ${cls}`}
      title={
        provenance === "sourced"
          ? "Date from a cited source"
          : "Planned date estimated by the tracker; no public date found"
      }
    >
      {PROVENANCE_LABELS[provenance]}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: RecordVerdict }) {
  const cls =
    verdict === "consistent"
      ? "bg-emerald-50 text-emerald-800 ring-emerald-600/30"
      : "bg-amber-50 text-amber-900 ring-amber-600/40";
  return <span className={`${base} ${cls}`}>{VERDICT_LABELS[verdict]}</span>;
}
