export function Forbidden({ what }: { what: string }) {
  return (
    <section
      aria-labelledby="forbidden-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6"
    >
      <h1 id="forbidden-title" className="text-lg font-semibold text-amber-900">
        Not available for your role
      </h1>
      <p className="mt-1 text-sm text-amber-900">
        Your role may not {what}. Ask an administrator if you need access.
      </p>
    </section>
  );
}
