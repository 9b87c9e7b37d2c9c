import Link from "next/link";
import { BrandLink } from "./brand-link";

/** The header for someone not signed in (a missing page reached before signing in). */
export function PublicHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <BrandLink />
        <Link
          href="/sign-in"
          className="inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium text-brand-800 hover:bg-slate-100"
        >
          Sign in
        </Link>
      </div>
    </header>
  );
}
