import type { ReactNode } from "react";

/** A page's own section: its heading, a line on what it is for, then its content. */
export function PageSection({
  id,
  title,
  intro,
  className = "space-y-4",
  aside,
  before,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  className?: string;
  /** Beside the heading on wide screens, e.g. a filter. */
  aside?: ReactNode;
  /** Above the heading, e.g. a breadcrumb. */
  before?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <div>
      <h1 id={`${id}-title`} className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      {before}
      {aside ? (
        <div className="flex flex-wrap items-end justify-between gap-3">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
