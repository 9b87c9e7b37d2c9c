import { DataTable, cellClass, rowHeaderClass } from "@/components/ui/data-table";
import { plural } from "@/lib/domain/text";
import type { ImportPreview, ImportResult } from "@/lib/views/import";

// A 2,000-row file can list ten thousand changes; the page shows the first ones, the import writes all.
const MAX_SHOWN = 500;

/** "1 new milestone, 2 milestones updated (5 change events), 37 unchanged rows skipped". */
export function importSummary({ created, updated, unchanged, events }: ImportResult): string {
  return `${plural(created, "new milestone")}, ${plural(updated, "milestone")} updated (${plural(events, "change event")}), ${plural(unchanged, "unchanged row")} skipped`;
}

/** The changes a file would make, one table row per field: line, milestone, field, old → new. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const changes = preview.rows.flatMap((row) => row.changes.map((change) => ({ row, change })));
  const shown = changes.slice(0, MAX_SHOWN);
  return (
    <div className="space-y-2">
      <DataTable
        caption="Changes this import would make"
        scrollLabel="Changes this import would make, by line in the file"
        testId="import-preview"
        columns={[
          { label: "Line", numeric: true, className: "w-16" },
          { label: "Milestone" },
          { label: "Field" },
          { label: "Old → new" },
        ]}
      >
        {shown.map(({ row, change }) => (
          <tr
            key={`${row.line}-${change.field}`}
            data-testid="import-preview-change"
            className="align-top"
          >
            <td className={cellClass("panel", { numeric: true, extra: "font-mono" })}>
              {row.line}
            </td>
            <th scope="row" className={rowHeaderClass("panel", "[overflow-wrap:break-word]")}>
              {row.title}
              {row.kind === "create" ? (
                <span className="ml-1 text-xs text-slate-600">(new)</span>
              ) : null}
            </th>
            <td className={cellClass("panel", { extra: "font-mono text-xs" })}>{change.field}</td>
            <td className={cellClass("panel", { extra: "[overflow-wrap:break-word]" })}>
              {change.from === null ? null : (
                <>
                  <span className="text-slate-600 line-through">{change.from}</span> →{" "}
                </>
              )}
              <span className="font-medium">{change.to ?? "(empty)"}</span>
            </td>
          </tr>
        ))}
      </DataTable>
      {changes.length > shown.length ? (
        <p className="text-sm text-slate-600">
          Showing the first {MAX_SHOWN.toLocaleString("en")} of{" "}
          {changes.length.toLocaleString("en")} changes; confirming imports all of them.
        </p>
      ) : null}
    </div>
  );
}
