// Shown at once while the dashboard (the slowest page) loads: the header stays, the page area says
// "Loading…" and holds the height of the first sections, so nothing jumps when it arrives. Only
// here: a streamed page can no longer answer 404, and initiative pages must for unknown slugs.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="min-h-[60vh]">
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
