import { HealthBadge } from "@/components/ui/badges";
import { formatDay } from "@/lib/format";
import type { InitiativeDetail } from "@/lib/server/portfolio";

export function StatusUpdates({ updates }: { updates: InitiativeDetail["statusUpdates"] }) {
  return (
    <section aria-labelledby="updates-title">
      <h2 id="updates-title" className="text-lg font-semibold">
        Latest status updates
      </h2>
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
    </section>
  );
}
