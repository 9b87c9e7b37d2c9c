import Link from "next/link";
import { HealthBadge, StatusBadge } from "@/components/ui/badges";
import { formatDay } from "@/lib/domain/dates";
import type { SearchResults } from "@/lib/views/search";
import { Highlighted } from "./highlighted";
import { hitClass, hitLinkClass, SearchGroup } from "./search-group";

const initiativePath = (slug: string) => `/initiatives/${encodeURIComponent(slug)}`;

/** The hits grouped by kind, each linking to where it lives in Corridor (or to the source). */
export function SearchResultsList({ results }: { results: SearchResults }) {
  const { q, initiatives, milestones, statusUpdates, sources } = results;
  return (
    <div className="space-y-6">
      <SearchGroup
        id="initiatives"
        title="Initiatives"
        total={initiatives.total}
        shown={initiatives.items.length}
      >
        {initiatives.items.map((i) => (
          <li key={i.slug} className={hitClass}>
            <Link href={initiativePath(i.slug)} className={hitLinkClass}>
              <Highlighted text={i.title} q={q} />
            </Link>
            <p className="mt-0.5 text-slate-700">
              <Highlighted text={i.excerpt} q={q} />
            </p>
          </li>
        ))}
      </SearchGroup>
      <SearchGroup
        id="milestones"
        title="Milestones"
        total={milestones.total}
        shown={milestones.items.length}
      >
        {milestones.items.map((m) => (
          <li key={m.id} className={hitClass}>
            <Link
              href={`${initiativePath(m.initiative.slug)}#milestone-${m.id}`}
              className={hitLinkClass}
            >
              <Highlighted text={m.title} q={q} />
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
              <StatusBadge status={m.status} />
              <span>planned {formatDay(m.plannedDate)}</span>
              <span>in {m.initiative.title}</span>
            </p>
          </li>
        ))}
      </SearchGroup>
      <SearchGroup
        id="updates"
        title="Status updates"
        total={statusUpdates.total}
        shown={statusUpdates.items.length}
      >
        {statusUpdates.items.map((u) => (
          <li key={u.id} className={hitClass}>
            <Link href={`${initiativePath(u.initiative.slug)}#updates`} className={hitLinkClass}>
              {u.initiative.title}: update of {formatDay(u.effectiveDate)}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
              <HealthBadge health={u.health} />
            </p>
            <p className="mt-1 text-slate-700">
              <Highlighted text={u.excerpt} q={q} />
            </p>
          </li>
        ))}
      </SearchGroup>
      <SearchGroup id="sources" title="Sources" total={sources.total} shown={sources.items.length}>
        {sources.items.map((s) => (
          <li key={s.id} className={hitClass}>
            <a href={s.url} rel="noreferrer" className={hitLinkClass}>
              <Highlighted text={s.title} q={q} />
            </a>
            <p className="mt-0.5 text-slate-700">
              <Highlighted text={s.publisher} q={q} />
              {s.publishedOn ? <>, {formatDay(s.publishedOn)}</> : null}
            </p>
            {s.initiatives.length ? (
              <p className="mt-0.5 text-slate-700">
                Cited by{" "}
                {s.initiatives.map((i, n) => (
                  <span key={i.slug}>
                    {n > 0 ? ", " : null}
                    <Link
                      href={`${initiativePath(i.slug)}#sources`}
                      className="text-brand-800 underline"
                    >
                      {i.title}
                    </Link>
                  </span>
                ))}
              </p>
            ) : (
              <p className="mt-0.5 text-slate-700">Not cited by any initiative yet.</p>
            )}
          </li>
        ))}
      </SearchGroup>
    </div>
  );
}
