"use client";
import { useEffect, useRef, type RefObject } from "react";

/**
 * While `needed` (a chart not drawn yet), printing opens the folded data table inside `area`, so
 * the sheet carries the chart's numbers instead of a blank box; it folds again after printing.
 * The page is laid out for print right after "beforeprint", so the table opens in the DOM at once,
 * not through React state.
 */
export function useTableForPrint(area: RefObject<HTMLElement | null>, needed: boolean): void {
  const neededNow = useRef(needed);
  useEffect(() => {
    neededNow.current = needed;
  }, [needed]);
  useEffect(() => {
    const details = area.current?.querySelector("details");
    if (!details) return;
    let opened = false;
    const open = () => {
      if (!neededNow.current || details.open) return;
      details.open = true;
      opened = true;
    };
    const fold = () => {
      if (opened) details.open = false;
      opened = false;
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", fold);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", fold);
    };
  }, [area]);
}
