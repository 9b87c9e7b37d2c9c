"use client";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab go round the sheet's own controls, never out to the page behind it. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal panel at the side of the screen (the whole width on a phone), outside any table or card
 * that opened it: the page behind is inert, Tab stays inside, Escape and the Close button close it,
 * and focus goes back to where it was (or to `returnFocus`'s choice, given the opener). The first
 * control marked `data-autofocus` takes focus when it opens.
 */
export function SideSheet({
  open,
  title,
  onClose,
  returnFocus,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  returnFocus?: (opener: HTMLElement | null) => HTMLElement | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const returnTo = useRef(returnFocus);
  useEffect(() => {
    returnTo.current = returnFocus;
  });
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const from = opener.current;
      // After the page has re-rendered what the sheet changed, so the target is where it now is.
      requestAnimationFrame(() => {
        const target = returnTo.current ? returnTo.current(from) : from;
        if (target?.isConnected) target.focus();
      });
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Browsers may close a modal on Escape without a cancel event: keep the state in step.
      onClose={() => {
        if (open) onClose();
      }}
      onKeyDown={keepTabInside}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-none overflow-y-auto bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 sm:w-[36rem]"
    >
      <div className="flex min-h-full flex-col">
        <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3">
          <h2 id={titleId} className="text-base font-semibold break-words">
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="min-h-6 shrink-0 rounded-md px-2.5 py-1 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          >
            Close
          </button>
        </div>
        <div className="flex-1 px-4 py-4">{open ? children : null}</div>
      </div>
    </dialog>
  );
}
