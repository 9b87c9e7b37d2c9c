import type { RowProblem } from "@/lib/domain/csv-import";

/** Why an import was refused: the summary is announced, the rows are listed by their line in the file. */
export function ImportProblems({ message, rows }: { message: string; rows: RowProblem[] }) {
  return (
    <div className="space-y-2">
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        {message}
      </p>
      {rows.length ? (
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          tabIndex={0}
          role="region"
          aria-label="Rows with problems"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Rows with problems, by line number in the file (the header is line 1)
            </caption>
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="w-16 px-3 py-2 font-medium">
                  Line
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Problems
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.line} data-testid="import-problem-row" className="align-top">
                  <th scope="row" className="px-3 py-2 font-mono font-medium tabular-nums">
                    {row.line}
                  </th>
                  <td className="px-3 py-2">
                    <ul className="list-disc space-y-0.5 pl-4 [overflow-wrap:anywhere]">
                      {row.errors.map((error, i) => (
                        <li key={i}>{error}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
