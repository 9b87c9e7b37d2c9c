/** The audit view's parameters as the URL carries them; empty ones are left out. */
export type AuditParams = Partial<
  Record<"author" | "initiative" | "field" | "q" | "from" | "to" | "page" | "pageSize", string>
>;

function queryOf(params: AuditParams, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...extra }))
    if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The audit page with some parameters changed; page 1 and the default size need no parameter. */
export function auditHref(params: AuditParams, changes: AuditParams = {}): string {
  const next = { ...params, ...changes };
  if (next.page === "1") delete next.page;
  return `/audit${queryOf(next)}`;
}

/** The CSV file of every change the filters select, whatever page is shown. */
export function auditCsvHref(params: AuditParams): string {
  const { page: _page, pageSize: _pageSize, ...filters } = params;
  return `/api/audit${queryOf(filters, { format: "csv" })}`;
}
