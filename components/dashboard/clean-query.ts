/**
 * The query string a GET form should lead to: empty fields and fields left at their default are
 * dropped, so the URL names only what was chosen ("?kind=mou", not "?asOf=&basis=effective&kind=mou").
 */
export function cleanQuery(
  entries: Iterable<readonly [string, string]>,
  defaults: Record<string, string> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, raw] of entries) {
    const value = raw.trim();
    if (value === "" || defaults[key] === value || search.has(key)) continue;
    search.set(key, value);
  }
  return search.toString();
}

/** Whether a page's search parameters hold an empty value (a form submitted without JavaScript). */
export function hasEmptyParam(params: Record<string, string | string[] | undefined>): boolean {
  return Object.values(params).some((value) =>
    Array.isArray(value) ? value.some((v) => v.trim() === "") : value?.trim() === "",
  );
}

/** Search parameters as form entries: the first value of each. */
export function firstValues(
  params: Record<string, string | string[] | undefined>,
): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? [] : [[key, first] as [string, string]];
  });
}
