import type { Actor } from "@/lib/views/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { BrandLink } from "./shell/brand-link";
import type { NavItem } from "./shell/current-path";
import { HeaderSearch } from "./shell/header-search";
import { NavLinks } from "./shell/nav-links";
import { UserMenu } from "./shell/user-menu";

const NAV: (NavItem & { permission?: Permission })[] = [
  { href: "/dashboard", label: "Dashboard", also: ["/initiatives", "/glossary"] },
  { href: "/reports", label: "Reports" },
  { href: "/import", label: "Import", permission: "import:run" },
  { href: "/audit", label: "Audit", permission: "audit:read" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
];

/**
 * The app's header: the mark, the main navigation (its own row below the lg breakpoint), search
 * (a button opening a panel under the header) and the account menu holding API tokens and sign-out.
 */
export function SiteHeader({ actor }: { actor: Actor }) {
  const items = NAV.filter((item) => !item.permission || can(actor.role, item.permission)).map(
    ({ href, label, also }) => ({ href, label, also }),
  );
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <BrandLink className="order-1" />
        <NavLinks items={items} className="order-3 w-full lg:order-2 lg:w-auto" />
        <div className="order-2 ml-auto flex items-center gap-1 lg:order-3">
          <HeaderSearch />
          <UserMenu name={actor.name} email={actor.email} roleLabel={ROLE_LABELS[actor.role]} />
        </div>
      </div>
    </header>
  );
}
