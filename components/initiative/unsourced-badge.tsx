/** Marks a health or lifecycle value, or a change to one, that no source or evidence link backs. */
export function UnsourcedBadge({ what }: { what: string }) {
  return (
    <span
      className="inline-flex items-center whitespace-nowrap rounded-full bg-white px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/40"
      title={`No source or evidence link backs the change that set this ${what}.`}
      data-testid="unsourced"
    >
      <span className="sr-only">{what}: </span>unsourced
    </span>
  );
}
