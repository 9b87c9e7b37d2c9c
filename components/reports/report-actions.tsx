import { ExportMenu } from "./export-menu";
import { PublishReportButton } from "./publish-report-button";
import type { ReportScope } from "./report-href";

/**
 * A page header's report controls: the Export menu, and beside it "Publish report" for those who
 * may publish. Both act on the view the page shows.
 */
export function ReportActions({
  canPublish,
  scopeLabel,
  ...scope
}: ReportScope & { canPublish: boolean; scopeLabel?: string }) {
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="report-actions">
      <ExportMenu {...scope} />
      <PublishReportButton {...scope} canPublish={canPublish} scopeLabel={scopeLabel} />
    </div>
  );
}
