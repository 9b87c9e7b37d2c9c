"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { pageNavigationTarget } from "./link-navigation";
import { PageLoading } from "./page-loading";

/** A navigation quicker than this never shows the loading page, so fast pages do not flash. */
const SHOW_AFTER_MS = 150;
/** A click that never became a navigation (the link's own code kept the page) stops waiting. */
const GIVE_UP_AFTER_MS = 20_000;

/** How often a pending navigation checks whether the router has committed it. */
const CHECK_EVERY_MS = 100;

/**
 * A navigation started by a click: from which page and history entry, and whether it has waited
 * long enough to show.
 */
type Pending = { from: string; historyState: unknown; startedAt: number; shown: boolean };

/**
 * Shows the branded loading page in place of the current one while an in-app navigation waits for
 * the server, from a click on a link until the new page is rendered. Pages are not wrapped in a
 * streamed loading boundary: React holds a streamed page back at least 300 ms behind its fallback,
 * which would delay every first view of the dashboard.
 */
export function NavigationLoading({ children }: { children: ReactNode }) {
  const current = `${usePathname()}?${useSearchParams().toString()}`;
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    // Capture phase: Next's links cancel the browser's navigation in their own click handler.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const target = pageNavigationTarget(
        {
          button: event.button,
          modified: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
          href: link.href,
          target: link.target,
          download: link.hasAttribute("download"),
        },
        new URL(window.location.href),
      );
      if (target)
        setPending({
          from: currentKey(),
          historyState: window.history.state,
          startedAt: Date.now(),
          shown: false,
        });
    };
    const cancel = () => setPending(null);
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", cancel);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", cancel);
    };
  }, []);

  useEffect(() => {
    if (!pending) return;
    const elapsed = Date.now() - pending.startedAt;
    const timers = [
      setTimeout(
        () => setPending((p) => (p === pending ? null : p)),
        Math.max(0, GIVE_UP_AFTER_MS - elapsed),
      ),
    ];
    // The router writes a new history entry (or replaces this one) as it commits the new page,
    // even one that lands on the same address (a redirect back here): then it is done.
    const committed = setInterval(() => {
      if (window.history.state !== pending.historyState)
        setPending((p) => (p === pending ? null : p));
    }, CHECK_EVERY_MS);
    timers.push(committed);
    if (!pending.shown)
      timers.push(
        setTimeout(
          () => setPending((p) => (p === pending ? { ...p, shown: true } : p)),
          Math.max(0, SHOW_AFTER_MS - elapsed),
        ),
      );
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, [pending]);

  // Once the new page renders, the URL differs from where the click happened: no longer loading.
  const loading = pending !== null && pending.shown && pending.from === current;
  return (
    <>
      {loading ? <PageLoading /> : null}
      <div hidden={loading}>{children}</div>
    </>
  );
}

function currentKey(): string {
  return `${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`;
}
