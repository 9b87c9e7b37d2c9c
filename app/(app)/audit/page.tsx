import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ChangeEventList } from "@/components/history/change-event-list";
import { AuditFilters } from "@/components/history/audit-filters";
import { Alert } from "@/components/ui/alert";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { auditLog, listAuthors } from "@/lib/server/history";
import { getPageActor } from "@/lib/http/page-auth";
import { fieldErrorsOf } from "@/lib/http/errors";
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
    ? await auditLog(prisma, parsed.data).catch((error: unknown) => {
        // A filter naming no initiative matches nothing; any other failure shows the error page.
        if (error instanceof AppError && error.status === 404) return { events: [] };
        throw error;
      })
    : { events: [] };
  return (
    <PageSection
      id="audit"
      title="Audit log"
      intro="Every change across the portfolio, newest recorded first (at most 200 shown; narrow the filters to see older ones)."
    >
      <AuditFilters values={raw} authors={authors} initiatives={initiatives} />
      {!parsed.success ? (
        <Alert>{Object.values(fieldErrorsOf(parsed.error)).flat().join(" ")}</Alert>
      ) : (
        <ChangeEventList events={result.events} showSubject />
      )}
    </PageSection>
  );
}
