import Link from "next/link";

/** What a missing page says, inside the app's shell: no detail of why, a way back. */
export function NotFoundMessage() {
  return (
    <section
      aria-labelledby="not-found-title"
      className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-6 sm:p-8"
    >
      <p className="text-sm font-semibold text-brand-700">Error 404</p>
      <h1 id="not-found-title" className="mt-1 text-2xl font-semibold tracking-tight">
        Not found
      </h1>
      <p className="mt-2 text-slate-700">
        There is no page at this address. The link may be mistyped, or what it pointed to may have
        moved.
      </p>
      <Link
        href="/dashboard"
        className="mt-5 inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Back to the dashboard
      </Link>
    </section>
  );
}
