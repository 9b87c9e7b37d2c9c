import Link from "next/link";
import type { Actor } from "@/lib/views/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { SignOutButton } from "./sign-out-button";

const NAV: { href: string; label: string; permission?: Permission }[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/", label: "Portfolio" },
  { href: "/import", label: "Import", permission: "import:run" },
  { href: "/audit", label: "Audit", permission: "audit:read" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
  { href: "/account/tokens", label: "API tokens" },
];

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
            {NAV.filter((item) => !item.permission || can(actor.role, item.permission)).map(
              (item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  className="text-slate-700 hover:text-brand-700"
                >
                  {item.label}
                </Link>
              ),
            )}
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
