import Link from "next/link";
import type { ReactNode } from "react";
import type { GlossaryTerm } from "./glossary-terms";

/** A word the glossary defines, linked to its definition. */
export function GlossaryLink({
  term,
  children,
  className = "",
}: {
  term: GlossaryTerm;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Link
      href={`/glossary#${term}`}
      className={`inline-block min-h-6 text-brand-700 underline decoration-dotted underline-offset-2 hover:decoration-solid ${className}`}
    >
      {children}
    </Link>
  );
}
