import Link from "next/link";
import { Fragment } from "react";

/** The pages above this one, each a link, separated by slashes that screen readers skip. */
export function Breadcrumb({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      {trail.map((step) => (
        <Fragment key={step.href}>
          <Link href={step.href} className="hover:underline">
            {step.label}
          </Link>{" "}
          <span aria-hidden="true">/</span>{" "}
        </Fragment>
      ))}
    </nav>
  );
}
