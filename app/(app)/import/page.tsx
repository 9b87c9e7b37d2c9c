import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ColumnGuide } from "@/components/import/column-guide";
import { ImportForm } from "@/components/import/import-form";
import { PageSection } from "@/components/ui/page-section";
import { getPageActor } from "@/lib/http/page-auth";

export const metadata: Metadata = { title: "Import milestones" };

const DOWNLOADS = [
  {
    href: "/api/import/milestones/export",
    label: "Export milestones (CSV)",
    about:
      "every milestone as it is now, with its id and version: edit the cells to change, add a reason, and upload it here. Rows you leave as they are are skipped.",
  },
  {
    href: "/api/import/milestones/template",
    label: "Download the template (CSV)",
    about:
      "the header row and two example rows (a new milestone, an update). Examples are marked with an initiative_slug starting “example-” and are refused until you replace them.",
  },
];

export default async function ImportPage() {
  const { allowed } = await getPageActor("import:run");
  if (!allowed) return <Forbidden what="import milestones" />;
  return (
    <PageSection
      id="import"
      title="Import milestones"
      className="max-w-3xl space-y-4"
      intro="Create milestones and record progress on existing ones from a spreadsheet saved as CSV. The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed with its line number. Otherwise you see every change, old → new, and nothing is written until you confirm. Each change is recorded in the history with you as its author and the row's reason."
    >
      <ul className="space-y-1 text-sm">
        {DOWNLOADS.map(({ href, label, about }) => (
          <li key={href}>
            <a
              href={href}
              download
              className="font-medium text-brand-700 underline hover:text-brand-800"
            >
              {label}
            </a>
            <span className="text-slate-600"> — {about}</span>
          </li>
        ))}
      </ul>
      <ImportForm />
      <ColumnGuide />
    </PageSection>
  );
}
