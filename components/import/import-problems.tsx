import { Alert } from "@/components/ui/alert";
import { DataTable, cellClass } from "@/components/ui/data-table";
import type { RowProblem } from "@/lib/domain/csv-import";

/** Why an import was refused: the summary is announced, the rows are listed by their line in the file. */
export function ImportProblems({ message, rows }: { message: string; rows: RowProblem[] }) {
  return (
    <div className="space-y-2">
      <Alert className="font-medium">{message}</Alert>
      {rows.length ? (
        <DataTable
          caption="Rows with problems, by line number in the file (the header is line 1)"
          scrollLabel="Rows with problems"
          columns={[{ label: "Line", numeric: true, className: "w-16" }, { label: "Problems" }]}
        >
          {rows.map((row) => (
            <tr key={row.line} data-testid="import-problem-row" className="align-top">
              <th
                scope="row"
                className={cellClass("panel", { numeric: true, extra: "font-mono font-medium" })}
              >
                {row.line}
              </th>
              <td className={cellClass("panel")}>
                <ul className="list-disc space-y-0.5 pl-4 [overflow-wrap:anywhere]">
                  {row.errors.map((error, i) => (
                    <li key={i}>{error}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
