"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath, type NavItem } from "./current-path";

/** The main navigation; the current page's link carries aria-current="page" and an underline. */
export function NavLinks({ items, className = "" }: { items: NavItem[]; className?: string }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main" className={className}>
      <ul className="-ml-2 flex flex-wrap gap-x-1 gap-y-1 text-sm">
        {items.map((item) => {
          const current = isCurrentPath(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-9 items-center rounded-md px-2 font-medium ${
                  current
                    ? "bg-brand-50 text-brand-800 underline decoration-2 underline-offset-[6px]"
                    : "text-slate-700 hover:bg-slate-100 hover:text-brand-800"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
