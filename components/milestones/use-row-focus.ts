"use client";
import { useRef, useState } from "react";

/**
 * Roving focus over table rows: one row (`current`) is in the Tab order, the others are reached
 * with the arrow keys. Until the reader picks a row, `preferred` is current.
 */
export function useRowFocus(ids: string[], preferred: string | null) {
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen && ids.includes(chosen) ? chosen : (preferred ?? ids[0] ?? null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  return {
    current,
    choose: setChosen,
    rowRef: (id: string) => (el: HTMLTableRowElement | null) => {
      if (el) rows.current.set(id, el);
      else rows.current.delete(id);
    },
    focusRow: (id: string) => {
      setChosen(id);
      rows.current.get(id)?.focus();
    },
  };
}

/** The milestone's row or card as it shows at this width: the row itself, or the card's first button. */
export function visibleMilestoneControl(id: string): HTMLElement | null {
  const shown = [
    ...document.querySelectorAll<HTMLElement>(`[data-milestone-id="${CSS.escape(id)}"]`),
  ].find((el) => el.getClientRects().length > 0);
  if (!shown) return null;
  return shown.hasAttribute("tabindex") ? shown : shown.querySelector<HTMLElement>("button");
}

/** The opener if it is still on the page and shown (a Mark done button goes once it is done). */
export function stillShown(el: HTMLElement | null): el is HTMLElement {
  return !!el && el.isConnected && el.getClientRects().length > 0;
}
