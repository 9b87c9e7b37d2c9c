import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ChangeEventList } from "@/components/history/change-event-list";
import { AuditFilters } from "@/components/history/audit-filters";
import { getPrisma } from "@/lib/db/client";
import { auditLog, listAuthors } from "@/lib/server/history";
import { getPageActor } from "@/lib/server/page-auth";
import { fieldErrorsOf } from "@/lib/server/http";
import { ZAuditQuery } from "@/lib/validation/history";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const { allowed } = await getPageActor("audit:read");
  if (!allowed) return <Forbidden what="read the audit log" />;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v));
  const parsed = ZAuditQuery.safeParse(raw);
  const prisma = getPrisma();
  const [authors, initiatives] = await Promise.all([
    listAuthors(prisma),
    prisma.initiative.findMany({
      select: { slug: true, title: true },
      orderBy: { position: "asc" },
    }),
  ]);
  const result = parsed.success
    ? await auditLog(prisma, parsed.data).catch(() => ({ events: [] }))
    : { events: [] };
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <div>
        <h1 id="audit-title" className="text-2xl font-semibold tracking-tight">
          Audit log
        </h1>
        <p className="text-sm text-slate-600">
          Every change across the portfolio, newest recorded first (at most 200 shown; narrow the
          filters to see older ones).
        </p>
      </div>
      <AuditFilters values={raw} authors={authors} initiatives={initiatives} />
      {!parsed.success ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {Object.values(fieldErrorsOf(parsed.error)).flat().join(" ")}
        </p>
      ) : (
        <ChangeEventList events={result.events} showSubject />
      )}
    </section>
  );
}
