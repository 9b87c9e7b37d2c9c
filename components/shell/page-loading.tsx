/** The branded loading page inside the app shell: "Loading…" and the outline of a page's first sections. */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="min-h-[60vh]" data-testid="page-loading">
      <p className="text-sm font-medium text-slate-700">Loading…</p>
      <div aria-hidden="true" className="mt-3 space-y-4 motion-safe:animate-pulse">
        <div className="h-8 w-56 max-w-full rounded bg-slate-200" />
        <div className="h-4 w-full max-w-2xl rounded bg-slate-200" />
        <div className="h-40 rounded-lg border border-slate-200 bg-white" />
        <div className="h-40 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
