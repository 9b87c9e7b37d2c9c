import Link from "next/link";
import { auditHref, type AuditParams } from "./audit-href";

const linkClass =
  "inline-flex min-h-9 items-center rounded-md px-2.5 text-sm font-medium text-brand-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-100";
const offClass =
  "inline-flex min-h-9 items-center rounded-md px-2.5 text-sm text-slate-600 ring-1 ring-inset ring-slate-200";

function PageLink({
  page,
  label,
  params,
  to,
}: {
  page: number;
  label: string;
  params: AuditParams;
  to: number | null;
}) {
  const name = `${label} page`;
  if (to === null || to === page)
    return (
      <span aria-disabled="true" className={offClass}>
        {label}
        <span className="sr-only"> page</span>
      </span>
    );
  return (
    <Link href={auditHref(params, { page: String(to) })} aria-label={name} className={linkClass}>
      {label}
    </Link>
  );
}

/** First, previous, next and last page links around "Page 2 of 9"; the filters stay as they are. */
export function AuditPagination({
  page,
  pageCount,
  params,
}: {
  page: number;
  pageCount: number;
  params: AuditParams;
}) {
  if (pageCount <= 1 && page === 1) return null;
  const last = Math.max(pageCount, 1);
  return (
    <nav aria-label="Audit log pages" className="flex flex-wrap items-center gap-1.5">
      <PageLink page={page} label="First" params={params} to={page > 1 ? 1 : null} />
      <PageLink
        page={page}
        label="Previous"
        params={params}
        to={page > 1 ? Math.min(page - 1, last) : null}
      />
      <span className="px-1 text-sm text-slate-700" aria-current="page">
        Page {page.toLocaleString("en")} of {last.toLocaleString("en")}
      </span>
      <PageLink page={page} label="Next" params={params} to={page < last ? page + 1 : null} />
      <PageLink page={page} label="Last" params={params} to={page !== last ? last : null} />
    </nav>
  );
}
