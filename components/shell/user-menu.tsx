"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { SignOutButton } from "../sign-out-button";
import { EmailAddress } from "./email-address";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase());
  return letters.join("") || "?";
}

const itemClass =
  "flex min-h-10 w-full items-center rounded-md px-3 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";

/**
 * The account disclosure: a button that shows and hides the person's name, role, API tokens and
 * sign-out. Escape closes it and puts focus back on the button; so does a click outside it.
 */
export function UserMenu({
  name,
  email,
  roleLabel,
}: {
  name: string;
  email: string;
  roleLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const onTokensPage = usePathname() === "/account/tokens";
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div
      ref={container}
      className="relative"
      onBlur={(event) => {
        // Tabbing out of the menu closes it; a click that focuses nothing (Safari) does not.
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
        className="flex min-h-10 items-center gap-2 rounded-md px-1.5 text-sm text-slate-800 hover:bg-slate-100 sm:px-2"
      >
        <span
          aria-hidden="true"
          className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-700 text-xs font-semibold text-white"
        >
          {initials(name)}
        </span>
        <span className="sr-only">Account menu: </span>
        <span className="max-w-[8rem] truncate font-medium sm:max-w-[14rem]">{name}</span>
        <span className="hidden rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 sm:inline">
          {roleLabel}
        </span>
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
          className={`size-4 shrink-0 text-slate-600 transition-transform motion-reduce:transition-none ${open ? "rotate-180" : ""}`}
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        data-testid="user-menu"
        className="absolute right-0 top-full z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
      >
        <div className="border-b border-slate-200 px-3 pb-2 pt-1.5">
          <p className="font-medium text-slate-900">{name}</p>
          <p className="font-mono text-xs text-slate-600">
            <EmailAddress email={email} />
          </p>
          <p className="mt-1">
            <span className="sr-only">Role: </span>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
              {roleLabel}
            </span>
          </p>
        </div>
        <ul className="pt-1">
          <li>
            <Link
              href="/account/tokens"
              aria-current={onTokensPage ? "page" : undefined}
              className={`${itemClass} aria-[current=page]:underline`}
              onClick={() => setOpen(false)}
            >
              API tokens
            </Link>
          </li>
          <li>
            <SignOutButton className={itemClass} />
          </li>
        </ul>
      </div>
    </div>
  );
}
