import { TitledSection } from "@/components/ui/titled-section";
import { HealthBadge } from "@/components/ui/badges";
import { formatDay } from "@/lib/domain/dates";
import type { InitiativeDetail } from "@/lib/views/initiative";

export function StatusUpdates({ updates }: { updates: InitiativeDetail["statusUpdates"] }) {
  return (
    <TitledSection id="updates" title="Latest status updates">
      {updates.length === 0 ? (
        <p className="text-sm text-slate-600">No status update yet.</p>
      ) : null}
      <ol className="mt-3 space-y-3">
        {updates.map((u) => (
          <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <time dateTime={u.effectiveDate} className="font-medium">
                {formatDay(u.effectiveDate)}
              </time>
              <HealthBadge health={u.health} />
              <span className="text-xs text-slate-600">by {u.author}</span>
            </div>
            <p className="mt-2 text-sm text-slate-800">{u.body}</p>
          </li>
        ))}
      </ol>
    </TitledSection>
  );
}
