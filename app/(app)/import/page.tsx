import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ColumnGuide } from "@/components/import/column-guide";
import { ImportForm } from "@/components/import/import-form";
import { PageSection } from "@/components/ui/page-section";
import { getPageActor } from "@/lib/http/page-auth";

export const metadata: Metadata = { title: "Import milestones" };

export default async function ImportPage() {
  const { allowed } = await getPageActor("import:run");
  if (!allowed) return <Forbidden what="import milestones" />;
  return (
    <PageSection
      id="import"
      title="Import milestones"
      className="max-w-3xl space-y-4"
      intro="Create milestones and record progress on existing ones from a spreadsheet saved as CSV. The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed with its line number. Each change is recorded in the history with you as its author and the row's reason."
    >
      <p className="text-sm">
        <a
          href="/api/import/milestones/template"
          download
          className="font-medium text-brand-700 underline hover:text-brand-800"
        >
          Download the template (CSV)
        </a>
        <span className="text-slate-600">
          {" "}
          — the header row, an example new milestone and an example update of a real milestone.
        </span>
      </p>
      <ImportForm />
      <ColumnGuide />
    </PageSection>
  );
}
