import { HealthBadge } from "@/components/ui/badges";
import { GAP_DEFINITION, SCHEDULE_LABELS, describeGap } from "@/lib/domain/verdict";
import type { InitiativePageView } from "@/lib/views/initiative";
import { UnsourcedBadge } from "./unsourced-badge";

/**
 * The initiative's verdict, worked out on the server by lib/domain/verdict (`initiativeVerdict`, the
 * same function the dashboard and the API use): one sentence, the window in plain words, the computed
 * schedule beside the analyst's health (flagged where they disagree) and the gap's definition.
 */
export function VerdictLine({ initiative: i }: { initiative: InitiativePageView }) {
  const s = i.schedule;
  return (
    <div
      className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="initiative-verdict"
    >
      <p className="text-base font-medium text-slate-900">{s.verdict}</p>
      <p className="text-sm text-slate-700">{s.window}.</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span>
          Gap: <strong data-testid="initiative-gap">{describeGap(s.gap)}</strong>
        </span>
        <span>
          Schedule: <strong>{SCHEDULE_LABELS[s.schedule]}</strong>
        </span>
        <span className="flex items-center gap-1.5">
          Health: <HealthBadge health={i.health} />
          {i.unsourced.health ? <UnsourcedBadge what="health" /> : null}
        </span>
        {s.healthDisagreement ? (
          <span className="font-medium text-amber-900" data-testid="health-disagreement">
            <span aria-hidden="true">▲ </span>
            {s.healthDisagreement}
          </span>
        ) : null}
      </div>
      <p className="text-xs text-slate-600">{GAP_DEFINITION}</p>
    </div>
  );
}
