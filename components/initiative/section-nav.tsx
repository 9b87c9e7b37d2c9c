"use client";
import { useEffect } from "react";

export type PageSectionLink = { id: string; label: string };

/** Room kept above anything scrolled or tabbed to, so the sticky bar never covers it. */
const BAR_ROOM = "3.5rem";

/**
 * The page's sections as in-page links in a bar that stays at the top while the page scrolls. On a
 * phone the links scroll sideways inside the bar, never the page.
 */
export function SectionNav({ sections }: { sections: PageSectionLink[] }) {
  useEffect(() => {
    const html = document.documentElement;
    const before = html.style.scrollPaddingTop;
    html.style.scrollPaddingTop = BAR_ROOM;
    return () => {
      html.style.scrollPaddingTop = before;
    };
  }, []);
  return (
    <nav
      aria-label="Sections of this page"
      className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 backdrop-blur print:hidden"
    >
      <ul className="flex gap-1 overflow-x-auto py-1.5 text-sm">
        {sections.map((s) => (
          <li key={s.id} className="shrink-0">
            <a
              href={`#${s.id}`}
              className="inline-flex min-h-8 items-center rounded-md px-2.5 text-brand-700 underline-offset-2 hover:bg-white hover:underline"
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
