/** What a click needs to say about itself to tell whether it starts an in-app page navigation. */
export type LinkClick = {
  button: number;
  modified: boolean;
  href: string;
  target: string;
  download: boolean;
};

/**
 * The path and query a click on a link leads to, when it is an in-app page navigation the router
 * will fetch: a plain left click on a link to another page of this origin. Null for new tabs,
 * downloads, API routes, other sites and links within the current page.
 */
export function pageNavigationTarget(click: LinkClick, current: URL): string | null {
  if (click.button !== 0 || click.modified || click.download) return null;
  if (click.target !== "" && click.target !== "_self") return null;
  let url: URL;
  try {
    url = new URL(click.href, current);
  } catch {
    return null;
  }
  if (url.origin !== current.origin || url.pathname.startsWith("/api/")) return null;
  if (url.pathname === current.pathname && url.search === current.search) return null;
  return url.pathname + url.search;
}
