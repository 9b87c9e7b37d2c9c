import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { AuditFilters } from "@/components/history/audit-filters";
import { auditCsvHref, auditHref, type AuditParams } from "@/components/history/audit-href";
import { AuditPagination } from "@/components/history/audit-pagination";
import { AuditTable } from "@/components/history/audit-table";
import { Alert } from "@/components/ui/alert";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/http/errors";
import { getPageActor } from "@/lib/http/page-auth";
import { auditPage, listAuthors, MAX_AUDIT_EXPORT_EVENTS } from "@/lib/server/history";
import {
  AUDIT_DEFAULT_PAGE_SIZE,
  AUDIT_PAGE_SIZES,
  withoutEmpty,
  ZAuditTableQuery,
  type AuditTableQuery,
} from "@/lib/validation/audit";
import type { AuditPageView } from "@/lib/views/change-set";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PARAM_KEYS = [
  "author",
  "initiative",
  "field",
  "q",
  "from",
  "to",
  "page",
  "pageSize",
] as const;
const count = (n: number) => n.toLocaleString("en");

export default async function AuditPage({ searchParams }: Props) {
  const { allowed } = await getPageActor("audit:read");
  if (!allowed) return <Forbidden what="read the audit log" />;
  const raw = withoutEmpty(await searchParams);
  const parsed = ZAuditTableQuery.safeParse(raw);
  const prisma = getPrisma();
  const [authors, initiatives] = await Promise.all([
    listAuthors(prisma),
    prisma.initiative.findMany({
      select: { slug: true, title: true },
      orderBy: { position: "asc" },
    }),
  ]);
  const params = viewParams(parsed.success ? parsed.data : raw);
  const result = parsed.success
    ? await auditPage(prisma, withoutFormat(parsed.data)).catch((error: unknown) => {
        // A filter naming no initiative matches nothing; any other failure shows the error page.
        if (error instanceof AppError && error.status === 404) return null;
        throw error;
      })
    : null;
  return (
    <PageSection
      id="audit"
      title="Audit log"
      intro="Every change across the portfolio, newest recorded first: one row group per change, with each field's old and new value."
    >
      <AuditFilters
        values={params}
        authors={authors}
        initiatives={initiatives}
        pageSizes={AUDIT_PAGE_SIZES}
        defaultPageSize={AUDIT_DEFAULT_PAGE_SIZE}
      />
      {!parsed.success ? (
        <Alert>{Object.values(fieldErrorsOf(parsed.error)).flat().join(" ")}</Alert>
      ) : (
        <AuditResults result={result} params={params} />
      )}
    </PageSection>
  );
}

/** The view's parameters as links keep them: the default page and size left out. */
function viewParams(values: Record<string, unknown>): AuditParams {
  const params: AuditParams = {};
  for (const key of PARAM_KEYS) {
    const value = values[key];
    if (typeof value === "string" || typeof value === "number") params[key] = String(value);
  }
  if (params.pageSize === String(AUDIT_DEFAULT_PAGE_SIZE)) delete params.pageSize;
  return params;
}

/** The page shows the table whatever `format` says; the file is GET /api/audit?format=csv. */
function withoutFormat({ format: _format, ...query }: AuditTableQuery) {
  return query;
}

function AuditResults({ result, params }: { result: AuditPageView | null; params: AuditParams }) {
  if (!result || result.total === 0)
    return <p className="text-sm text-slate-700">No changes match these filters.</p>;
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.changeSets.length - 1;
  const pastEnd = result.changeSets.length === 0;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className="text-sm text-slate-700" data-testid="audit-range">
          {pastEnd ? (
            <>
              Page {count(result.page)} is past the end: there are {count(result.total)} changes on{" "}
              {count(result.pageCount)} {result.pageCount === 1 ? "page" : "pages"}.
            </>
          ) : (
            <>
              Showing {count(first)}–{count(last)} of {count(result.total)}{" "}
              {result.total === 1 ? "change" : "changes"}
              {result.totalEvents !== result.total
                ? ` (${count(result.totalEvents)} field changes)`
                : ""}
            </>
          )}
        </p>
        {result.totalEvents <= MAX_AUDIT_EXPORT_EVENTS ? (
          <a
            href={auditCsvHref(params)}
            download
            className="inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium text-brand-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Download CSV
            <span className="sr-only">
              {" "}
              of {result.total === 1 ? "this change" : `these ${count(result.total)} changes`}
            </span>
          </a>
        ) : (
          <p className="text-sm text-slate-700">
            Narrow the filters to at most {count(MAX_AUDIT_EXPORT_EVENTS)} field changes to download
            them as CSV.
          </p>
        )}
      </div>
      {pastEnd ? (
        <a href={auditHref(params, { page: "1" })} className="text-sm text-brand-800 underline">
          Back to the first page
        </a>
      ) : (
        <AuditTable
          changeSets={result.changeSets}
          caption={`Changes ${count(first)} to ${count(last)} of ${count(result.total)}, newest first`}
        />
      )}
      <AuditPagination page={result.page} pageCount={result.pageCount} params={params} />
    </div>
  );
}
