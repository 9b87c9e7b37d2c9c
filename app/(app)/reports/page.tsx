import type { Metadata } from "next";
import { ReportActions } from "@/components/reports/report-actions";
import { ReportArchiveTable } from "@/components/reports/report-archive-table";
import { VerifyForm } from "@/components/reports/verify-form";
import { PageSection } from "@/components/ui/page-section";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { getPageActor } from "@/lib/http/page-auth";
import { listPublishedReports } from "@/lib/server/reports/archive";
import { getToday } from "@/lib/server/today";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const { actor } = await getPageActor("portfolio:read");
  const { reports } = await listPublishedReports(getPrisma());
  const today = getToday();
  const scope = { asOf: today, basis: "effective" as const, filters: {} };
  return (
    <div className="space-y-8">
      <PageSection
        id="reports"
        title="Reports"
        intro="Status reports to send, print or paste into slides. Export today's report on the whole portfolio as a draft, or publish it: a published report is frozen as it stood, lists what changed since the previous one, and downloads the same in every format whatever changes later. Other views (a past date, filters, one initiative) export from the dashboard and each initiative's page."
        aside={<ReportActions {...scope} canPublish={can(actor.role, "report:publish")} />}
      >
        <ReportArchiveTable reports={reports} />
      </PageSection>
      <section aria-labelledby="verify-title" className="space-y-2">
        <h2 id="verify-title" className="text-lg font-semibold">
          Verify a copy
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">
          Every published report carries the SHA-256 fingerprint of its frozen content. Paste the
          one printed on a copy you received to find the report it came from; a copy that matches
          none is not a published report.
        </p>
        <VerifyForm />
      </section>
    </div>
  );
}
