import Link from "next/link";
import type { Actor } from "@/lib/server/actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/format";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800">
            Corridor
            <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline">
              Korea–Singapore partnership tracker
            </span>
          </Link>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href="/dashboard" className="text-slate-700 hover:text-brand-700">
              Dashboard
            </Link>
            <Link href="/" className="text-slate-700 hover:text-brand-700">
              Portfolio
            </Link>
            {can(actor.role, "import:run") ? (
              <Link href="/import" className="text-slate-700 hover:text-brand-700">
                Import
              </Link>
            ) : null}
            {can(actor.role, "audit:read") ? (
              <Link href="/audit" className="text-slate-700 hover:text-brand-700">
                Audit
              </Link>
            ) : null}
            {can(actor.role, "user:manage") ? (
              <Link href="/admin/users" className="text-slate-700 hover:text-brand-700">
                Users
              </Link>
            ) : null}
            <Link href="/account/tokens" className="text-slate-700 hover:text-brand-700">
              API tokens
            </Link>
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            {actor.name}{" "}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
              {ROLE_LABELS[actor.role]}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
