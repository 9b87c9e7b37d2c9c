import type { ReactNode } from "react";

/** A titled card around one form on a page of its own. */
export function FormCard({
  id,
  title,
  spacing = "space-y-3",
  children,
}: {
  id: string;
  title: string;
  spacing?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`${spacing} rounded-lg border border-slate-200 bg-white p-4`}
    >
      <h2 id={`${id}-title`} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
