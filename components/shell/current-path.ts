/** A link in the main navigation: `also` lists further path prefixes that belong to it. */
export type NavItem = { href: string; label: string; also?: string[] };

function within(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}

/** Whether `pathname` is the page of `item` (or one below it); "/" matches only itself. */
export function isCurrentPath(pathname: string, item: Pick<NavItem, "href" | "also">): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (item.href === "/" ? path === "/" : within(path, item.href)) return true;
  return (item.also ?? []).some((prefix) => within(path, prefix));
}
