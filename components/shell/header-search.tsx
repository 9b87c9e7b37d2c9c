"use client";
import { useEffect, useId, useRef, useState } from "react";
import { SearchField } from "./search-field";
import { SearchIcon } from "./search-icon";

/**
 * The header's search: a button (an icon on a phone, "Search" beside it on wider screens) that
 * opens a panel under the header with the search field, focused. Escape closes it and puts focus
 * back on the button; a click or Tab outside it and searching close it too.
 */
export function HeaderSearch() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const fieldId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <div
      ref={container}
      onBlur={(event) => {
        // Tabbing out of the search closes it, so the panel never covers the page unattended.
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="flex min-h-10 min-w-10 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">Search</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        data-testid="header-search"
        className="absolute inset-x-0 top-full z-30 border-b border-slate-200 bg-white shadow-md"
      >
        <div className="mx-auto max-w-3xl px-4 py-3">
          <SearchField
            id={fieldId}
            label="Search from the header"
            inputRef={input}
            onSubmit={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key !== "Escape") return;
              setOpen(false);
              button.current?.focus();
            }}
          />
        </div>
      </div>
    </div>
  );
}
